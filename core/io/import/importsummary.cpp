#include "core/io/import/importsummary.h"

#include <QJsonArray>
#include <QLocale>

namespace myfyrio {

QStringList ImportSummary::mediaLines(const QStringList& media)
{
    QStringList lines;
    if (media.isEmpty())
        return lines;
    //: %1 is how many photos, videos and other files the import left out.
    lines << tr("Photos and other media not imported (Myfyrio cannot keep them yet): %1")
                 .arg(QLocale().toString(static_cast<qlonglong>(media.size())));
    for (qsizetype i = 0; i < media.size() && i < mediaNamed; ++i)
        lines << QStringLiteral("  ") + media.at(i);
    if (media.size() > mediaNamed)
        //: %1 is how many more media files were left out than are named above.
        lines << QStringLiteral("  ") + tr("and more: %1").arg(QLocale().toString(media.size() - mediaNamed));
    return lines;
}

QStringList ImportSummary::lines(const ImportOutcome& outcome, bool dryRun)
{
    QStringList lines;
    const QLocale locale;
    if (dryRun) {
        lines << tr("Nothing was changed: this was a dry run.");
        //: %1 is a number of entries.
        lines << tr("Entries that would be added: %1").arg(locale.toString(outcome.added));
    } else {
        //: %1 is a number of entries.
        lines << tr("Entries added: %1").arg(locale.toString(outcome.added));
    }
    //: %1 is a number of entries.
    lines << tr("Entries already in the journal: %1").arg(locale.toString(outcome.existing));
    //: %1 is a number of files or entries.
    lines << tr("Skipped: %1").arg(locale.toString(static_cast<qlonglong>(outcome.skipped.size())));
    for (const SkippedItem& item : outcome.skipped)
        //: One skipped file or entry: %1 says which, %2 why.
        lines << QStringLiteral("  ") + tr("%1: %2").arg(item.source, item.reason);
    for (const QString& warning : outcome.warnings)
        lines << warning;
    lines << mediaLines(outcome.mediaNotImported);
    return lines;
}

QJsonObject ImportSummary::json(const ImportOutcome& outcome)
{
    QJsonArray skipped;
    for (const SkippedItem& item : outcome.skipped)
        skipped.append(QJsonObject{{QStringLiteral("source"), item.source}, {QStringLiteral("reason"), item.reason}});
    return QJsonObject{{QStringLiteral("added"), outcome.added},
                       {QStringLiteral("existing"), outcome.existing},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)},
                       {QStringLiteral("mediaNotImported"), QJsonArray::fromStringList(outcome.mediaNotImported)}};
}

} // namespace myfyrio
