#pragma once

#include <QString>
#include <QStringList>

namespace myfyrio {

/// The journals opened lately, newest first (at most six), and the one to
/// open next time: kept in the settings, never in a journal.
class RecentJournals
{
public:
    static constexpr int maximum = 6;

    /// The journals, newest first, that still exist.
    static QStringList list();
    /// Notes that the journal was opened: it goes first, and is opened next time.
    static void add(const QString& path);
    /// The journal opened last, if it still exists (empty otherwise).
    static QString last();
    static void clear();
};

} // namespace myfyrio
