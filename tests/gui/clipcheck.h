#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace myfyrio::test {

/// Every piece of text cut short in the visible part of a window as laid out
/// now, one sentence each (empty when everything fits). It measures the room
/// each widget really gets (its geometry, the part its parents leave it), not
/// its size hint:
///  - a QLabel whose plain text is wider or taller than its contents, or a
///    word-wrapped one taller than its height or with a word wider than a line;
///  - a button, check box or radio button whose text (and icon) is wider than
///    the style's contents rect;
///  - a tab whose text is wider than the tab, or a tab bar that scrolls;
///  - a header section (either orientation) narrower than its text, sections
///    past the end of the header, and a cell of a table or tree with a header
///    whose text is wider than the cell, unless its tooltip holds the whole text
///    (names and titles the writer typed may elide that way);
///  - the hint of an empty line edit;
///  - a group box title, and a combo box's current text;
///  - a widget that sticks out of a parent that clips it (inside a scroll
///    area only sideways: scrolling down is fine, sideways is not);
///  - a scroll area that scrolls sideways.
/// Widgets that elide on purpose and give the whole text in their tooltip
/// (the save state in the status bar) pass when the tooltip holds the text.
QStringList clippedTexts(QWidget* window);

/// Runs a layout check again, every 50 ms for up to three seconds, while it finds problems, and
/// returns what it found last: a busy machine may lay a view out late, but a real cut stays.
QStringList settledProblems(const std::function<QStringList()>& check);

} // namespace myfyrio::test
