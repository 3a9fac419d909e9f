#include "core/backup/journalrescue.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupname.h"
#include "core/backup/backupservice.h"
#include "core/backup/backupwriter.h"
#include "core/storage/database.h"
#include "core/storage/scopedconnection.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cstdio>
#include <optional>

namespace myfyrio {

namespace {

QString preparedPathFor(const QString& journalPath, const QString& purpose)
{
    const QFileInfo journal(journalPath);
    return journal.absoluteDir().filePath(QLatin1Char('.') + journal.fileName() + QLatin1Char('.') + purpose
                                          + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128));
}

bool renameOver(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

Expected<QString> JournalRescue::keepAside(const QString& journalPath, const QDateTime& now)
{
    const QFileInfo journal(journalPath);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = journal.suffix().isEmpty() ? QString() : QLatin1Char('.') + journal.suffix();
    QString aside;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString counter = attempt == 0 ? QString() : QStringLiteral("-%1").arg(attempt);
        aside = journal.absoluteDir().filePath(journal.completeBaseName() + QStringLiteral("-damaged-") + stamp
                                               + counter + suffix);
        if (!QFileInfo::exists(aside) && !QFileInfo(aside).isSymLink())
            break;
    }
    if (QFileInfo::exists(aside))
        return Failure{tr("The damaged journal could not be kept aside: there is no free name for it.")};
    // QFile::rename never replaces a file, so nothing already there is lost.
    if (!QFile::rename(journalPath, aside))
        //: %1 is a file or folder path.
        return Failure{tr("The damaged journal could not be renamed to “%1”, so nothing was changed.")
                           .arg(QDir::toNativeSeparators(aside))};
    // The log and index files go with it, so that it stays as it was.
    for (const QString& extra : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(journalPath + extra))
            QFile::rename(journalPath + extra, aside + extra);
    }
    BackupWriter::syncFolder(journal.absolutePath());
    return aside;
}

Expected<QString> JournalRescue::restoreOver(const QString& journalPath, const QString& backupPath,
                                             const QDateTime& now)
{
    const QFileInfo backupFile(backupPath);
    const bool ours = backupFile.absolutePath() == QFileInfo(BackupName::folderFor(journalPath)).absoluteFilePath()
                      && BackupName::parse(journalPath, backupFile.fileName()).has_value();
    std::optional<BackupInfo> checked;
    BackupService::runAndWait(
        [&] { checked = BackupCatalog::read(backupFile.absoluteFilePath(), BackupCatalog::Depth::Verified, ours); });
    if (!checked->ok)
        //: %1 is a sentence saying what went wrong.
        return Failure{tr("The backup was not restored. %1").arg(checked->problem)};

    const QString prepared = preparedPathFor(journalPath, QStringLiteral("restoring"));
    std::optional<Expected<void>> copied;
    BackupService::runAndWait(
        [&] { copied = BackupWriter::copyChecked(backupFile.absoluteFilePath(), prepared, ours); });
    if (!copied->ok())
        //: %1 is a sentence saying what went wrong.
        return Failure{tr("The backup was not restored. %1").arg(copied->error())};

    QString keptAs;
    if (QFileInfo::exists(journalPath)) {
        auto aside = keepAside(journalPath, now);
        if (!aside) {
            QFile::remove(prepared);
            return aside.failure();
        }
        keptAs = *aside;
    }
    if (!renameOver(prepared, journalPath)) {
        QFile::remove(prepared);
        //: %1 is a file or folder path.
        return Failure{tr("The backup could not be put in place of the journal. The damaged journal is kept as "
                          "“%1”.")
                           .arg(QDir::toNativeSeparators(keptAs))};
    }
    BackupWriter::syncFolder(QFileInfo(journalPath).absolutePath());
    return keptAs;
}

Expected<SalvageReport> JournalRescue::salvage(const QString& journalPath, const QDateTime& now)
{
    const QString prepared = preparedPathFor(journalPath, QStringLiteral("salvaging"));
    std::optional<Expected<SalvageReport>> salvaged;
    // On a worker thread, with connections of its own: a large journal takes a while.
    BackupService::runAndWait([&] {
        auto target = Database::open(prepared);
        if (!target)
            salvaged = Expected<SalvageReport>(target.failure());
        else
            salvaged = JournalSalvage::copy(journalPath, **target);
    });
    auto removePrepared = [&prepared] {
        for (const QString& extra : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(prepared + extra);
    };
    if (!salvaged->ok()) {
        removePrepared();
        return salvaged->failure();
    }
    auto aside = keepAside(journalPath, now);
    if (!aside) {
        removePrepared();
        return aside.failure();
    }
    if (!renameOver(prepared, journalPath)) {
        removePrepared();
        //: %1 is a file or folder path.
        return Failure{tr("The salvaged journal could not be put in place. The damaged journal is kept as “%1”.")
                           .arg(QDir::toNativeSeparators(*aside))};
    }
    BackupWriter::syncFolder(QFileInfo(journalPath).absolutePath());
    SalvageReport report = salvaged->value();
    report.keptAs = *aside;
    return report;
}

std::optional<int> JournalRescue::changedSince(const QString& journalPath, const QDateTime& when)
{
    // Without locks or a log of its own: the damaged file is only looked at.
    ScopedConnection connection(journalPath, ScopedConnection::Mode::Immutable);
    if (!connection.isOpen())
        return std::nullopt;
    auto count =
        sql::scalar(connection.db(), QStringLiteral("SELECT count(*) FROM reflection WHERE updated_at > :when"),
                    {{QStringLiteral("when"), timestamps::toStorage(when.toUTC())}});
    if (!count)
        return std::nullopt;
    return count->toInt();
}

QString JournalRescue::describe(const SalvageReport& report)
{
    //: A list of what a salvage recovered; each %L is a number.
    return tr("Recovered: reflections %L1, tags %L2, guided answers %L3, actions %L4, agreements %L5, "
              "sessions %L6.")
        .arg(report.reflections)
        .arg(report.tags)
        .arg(report.answers)
        .arg(report.actions)
        .arg(report.agreements)
        .arg(report.sessions);
}

} // namespace myfyrio
