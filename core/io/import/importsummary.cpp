#include "core/io/import/importsummary.h"

#include <QJsonArray>
#include <QLocale>

namespace myfyrio {

QStringList ImportSummary::mediaLines(int attached, const QVector<SkippedItem>& leftOut, bool dryRun)
{
    QStringList lines;
    if (attached == 0 && leftOut.isEmpty())
        return lines;
    const QLocale locale;
    if (dryRun)
        //: %1 is how many photos, PDFs and other files of the entries would be attached to them.
        lines << tr("Photos and other files that would be attached: %1").arg(locale.toString(attached));
    else
        //: %1 is how many photos, PDFs and other files of the entries were attached to them.
        lines << tr("Photos and other files attached: %1").arg(locale.toString(attached));
    if (leftOut.isEmpty())
        return lines;
    //: %1 is how many photos and other files of the entries were not attached; each is listed below with why.
    lines << tr("Photos and other files left out: %1").arg(locale.toString(static_cast<qlonglong>(leftOut.size())));
    for (qsizetype i = 0; i < leftOut.size() && i < mediaNamed; ++i)
        //: One skipped file, entry or photo: %1 says which, %2 why.
        lines << QStringLiteral("  ") + tr("%1: %2").arg(leftOut.at(i).source, leftOut.at(i).reason);
    if (leftOut.size() > mediaNamed)
        //: %1 is how many more files were left out than are named above.
        lines << QStringLiteral("  ") + tr("and more: %1").arg(locale.toString(leftOut.size() - mediaNamed));
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
        //: One skipped file, entry or photo: %1 says which, %2 why.
        lines << QStringLiteral("  ") + tr("%1: %2").arg(item.source, item.reason);
    for (const QString& warning : outcome.warnings)
        lines << warning;
    lines << mediaLines(outcome.attached, outcome.mediaLeftOut, dryRun);
    return lines;
}

QJsonObject ImportSummary::json(const ImportOutcome& outcome)
{
    const auto array = [](const QVector<SkippedItem>& items) {
        QJsonArray result;
        for (const SkippedItem& item : items)
            result.append(
                QJsonObject{{QStringLiteral("source"), item.source}, {QStringLiteral("reason"), item.reason}});
        return result;
    };
    return QJsonObject{{QStringLiteral("added"), outcome.added},
                       {QStringLiteral("existing"), outcome.existing},
                       {QStringLiteral("attached"), outcome.attached},
                       {QStringLiteral("skipped"), array(outcome.skipped)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)},
                       {QStringLiteral("mediaLeftOut"), array(outcome.mediaLeftOut)}};
}

} // namespace myfyrio
