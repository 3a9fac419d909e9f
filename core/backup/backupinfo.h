#pragma once

#include "core/backup/backupname.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace myfyrio {

/// What is known about one backup file: when and why it was made, and (once
/// read) what it holds and whether it passes its check.
struct BackupInfo {
    QString path;
    QString fileName;
    QDateTime created; ///< UTC
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;

    bool read = false; ///< the counts below were read from the file
    bool ok = false;   ///< a Myfyrio journal this version can open, that passes its check
    QString problem;   ///< when not ok: the sentence that says why
    int schemaVersion = 0;
    int reflections = 0;
    int agreements = 0;
    QDate newestEntry; ///< the date of the newest reflection (invalid when there is none)
    /// A new backup's search index passed FTS5's full integrity check (when
    /// not, the journal's own index is damaged the same way).
    bool indexOk = true;
};

} // namespace myfyrio

Q_DECLARE_METATYPE(myfyrio::BackupInfo)
