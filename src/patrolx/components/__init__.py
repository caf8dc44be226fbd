"""patrolx's spaCy components, one module per fact family.

Importing a module registers its factory (`patrolx_<fact>`) with spaCy.
"""
