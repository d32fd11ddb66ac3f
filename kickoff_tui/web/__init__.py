"""`kickoff serve`: the room view in web browsers, through textual-serve (the `web` extra).

The server process never imports Textual: it spawns one `kickoff present SESSION` per browser
tab and relays its terminal output over a websocket (textual-serve's protocol and page script).
Nothing here is imported unless the `web` extra (aiohttp, textual-serve) is installed.
"""
