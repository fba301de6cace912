import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# CLI builds in tests cache into a throw-away folder, not the project's .etl-cache
os.environ.setdefault("ETL_CACHE_DIR", tempfile.mkdtemp(prefix="etl-test-cache-"))
