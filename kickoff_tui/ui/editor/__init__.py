"""`kickoff edit FILE`: the agenda editor (see docs/editor.md).

The editor edits a storage.agenda_document.AgendaDocument, which patches the file's text where
a value sits and keeps every other byte; it asks the same checker `kickoff check` uses.
"""
