#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// The file name a save dialog suggests: the date first (so the files sort by
/// date), then what the file is, then who or what it is about, as in
/// "2024-03-01 Supervision agreement – Siân Llewelyn, Elin Owen.pdf".
/// Characters that some file system refuses (/ \ : * ? " < > | and control
/// characters) become spaces, runs of spaces one, and the name stays under
/// 120 characters before the suffix.
namespace SuggestedFileName {

QString make(const QDate& date, const QString& what, const QStringList& about, const QString& suffix);

} // namespace SuggestedFileName

} // namespace myfyrio
