#include "core/backup/backupname.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace myfyrio {

namespace {

struct ReasonCode {
    BackupReason reason;
    const char* code;
};

constexpr std::array<ReasonCode, 8> reasonCodes{{
    {BackupReason::Scheduled, "auto"},
    {BackupReason::Opened, "open"},
    {BackupReason::Closed, "close"},
    {BackupReason::BeforeUpgrade, "upgrade"},
    {BackupReason::BeforeImport, "import"},
    {BackupReason::BeforeRestore, "restore"},
    {BackupReason::BeforeEmptyTrash, "trash"},
    {BackupReason::Manual, "manual"},
}};

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

} // namespace

QString BackupName::code(BackupReason reason)
{
    for (const ReasonCode& entry : reasonCodes) {
        if (entry.reason == reason)
            return QString::fromLatin1(entry.code);
    }
    return QStringLiteral("manual");
}

QString BackupName::folderFor(const QString& journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupName::fileNameFor(const QString& journalPath, const QDateTime& created, BackupReason reason)
{
    return QFileInfo(journalPath).fileName() + QLatin1Char('-') + created.toUTC().toString(stampFormat)
           + QLatin1Char('-') + code(reason) + QStringLiteral(".sqlite");
}

std::optional<BackupName> BackupName::parse(const QString& journalPath, const QString& fileName)
{
    QStringList codes;
    for (const ReasonCode& entry : reasonCodes)
        codes << QString::fromLatin1(entry.code);
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(QFileInfo(journalPath).fileName())
                                     + QStringLiteral("-(\\d{8})-(\\d{6}-\\d{3})-(") + codes.join(QLatin1Char('|'))
                                     + QStringLiteral(")\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // Read as UTC fields: parsing as local time would move times in a DST gap.
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss-zzz"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime created(date, time, QTimeZone::utc());
    BackupName name;
    name.fileName = fileName;
    name.created = created;
    for (const ReasonCode& entry : reasonCodes) {
        if (match.captured(3) == QLatin1String(entry.code))
            name.reason = entry.reason;
    }
    return name;
}

QString BackupReasons::describe(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Scheduled:
        return tr("While you were writing");
    case BackupReason::Opened:
        return tr("When the journal was opened");
    case BackupReason::Closed:
        return tr("When the journal was closed");
    case BackupReason::BeforeUpgrade:
        return tr("Before an upgrade of the journal");
    case BackupReason::BeforeImport:
        return tr("Before an import");
    case BackupReason::BeforeRestore:
        return tr("Before a backup was restored");
    case BackupReason::BeforeEmptyTrash:
        return tr("Before the trash was emptied");
    case BackupReason::Manual:
        break;
    }
    return tr("When you asked for one");
}

} // namespace myfyrio
