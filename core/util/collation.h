#pragma once

#include <QLocale>
#include <QStringList>

namespace myfyrio {

/// Sorts user text for display in the given language (Welsh digraphs such as
/// "ch", "dd" and "ll" are letters of their own), ignoring case.
QStringList sortedForDisplay(QStringList items, const QLocale& locale = QLocale());

} // namespace myfyrio
