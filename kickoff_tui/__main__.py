from kickoff_tui.cli import main

raise SystemExit(main())
