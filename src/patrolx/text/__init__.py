"""What the components share about a doc's text: its tokens as plain columns (`tokens`), pattern matching in
spaCy's span-ruler format (`matching`) and calendar words (`words`). None of it is a component."""
