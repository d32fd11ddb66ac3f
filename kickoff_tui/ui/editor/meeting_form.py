"""MeetingScreen: the meeting's title, client, project, date, start time, length and roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kickoff_tui.ui.editor.fields import MEETING_FIELDS, FieldSpec, shown_value
from kickoff_tui.ui.editor.form_screen import EditorFormScreen
from kickoff_tui.ui.editor.state import FieldPath


class MeetingScreen(EditorFormScreen):
    PLACE = "Meeting"
    HELP_TITLE = "Meeting"

    def fields(self) -> tuple[Sequence[FieldSpec], Mapping[str, str]]:
        meeting = self.state.view.meeting
        return MEETING_FIELDS, {
            spec.key: shown_value(spec, meeting.get(spec.key)) for spec in MEETING_FIELDS
        }

    def path_for(self, key: str) -> FieldPath:
        return ("meeting", key)
