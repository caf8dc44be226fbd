"""patrolx's pattern and knowledge files (a resource package: data only)."""
