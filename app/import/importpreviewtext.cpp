#include "app/import/importpreviewtext.h"

#include "core/io/import/importsummary.h"

#include <QDir>
#include <QLocale>

namespace myfyrio {

namespace {

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString list(const QStringList& items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

QString ImportPreviewText::heading(SourceKind kind)
{
    switch (kind) {
    case SourceKind::RedNotebook:
        return tr("Import from RedNotebook");
    case SourceKind::DayOne:
        return tr("Import from Day One");
    case SourceKind::Jrnl:
        return tr("Import from jrnl");
    case SourceKind::Markdown:
        return tr("Import a Markdown Folder");
    }
    return {};
}

QString ImportPreviewText::preview(const ImportPreview& preview, bool backupFirst)
{
    const QLocale locale;
    QString html;
    //: %1 is a number of entries.
    html += paragraph(tr("Entries found: %1").arg(locale.toString(preview.entries)));
    QStringList counts;
    //: %1 is a number of entries.
    counts << tr("New to the journal: %1").arg(locale.toString(preview.toAdd));
    //: %1 is a number of entries.
    counts << tr("Already in the journal: %1").arg(locale.toString(preview.existing));
    if (preview.entries > 0) {
        //: %1 is a date.
        counts << tr("First entry: %1").arg(locale.toString(preview.first, QLocale::LongFormat));
        //: %1 is a date.
        counts << tr("Last entry: %1").arg(locale.toString(preview.last, QLocale::LongFormat));
        //: %1 is a number of entries.
        counts << tr("Entries in Welsh: %1").arg(locale.toString(preview.welsh));
        //: %1 is a number of entries.
        counts << tr("Entries in English: %1").arg(locale.toString(preview.english));
    }
    html += list(counts);
    if (!preview.tags.isEmpty()) {
        QStringList tags;
        for (qsizetype i = 0; i < preview.tags.size() && i < tagsShown; ++i)
            //: A tag and how many entries have it: %1 is the tag, %2 the number.
            tags << tr("%1 (%2)").arg(preview.tags.at(i).first, locale.toString(preview.tags.at(i).second));
        if (preview.tags.size() > tagsShown)
            tags << QStringLiteral("…");
        //: %1 is a list of tags, separated by commas.
        html += paragraph(tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
    }
    if (!preview.sampleTitles.isEmpty()) {
        html += paragraph(tr("Some of the titles:"));
        html += list(preview.sampleTitles);
    }
    if (!preview.skipped.isEmpty()) {
        //: %1 is a number of files or entries.
        html +=
            paragraph(tr("Will be skipped: %1").arg(locale.toString(static_cast<qlonglong>(preview.skipped.size()))));
        QStringList items;
        for (const SkippedItem& item : preview.skipped)
            //: One skipped file, entry or photo: %1 says which, %2 why.
            items << tr("%1: %2").arg(item.source, item.reason);
        html += list(items);
    }
    if (!preview.warnings.isEmpty()) {
        html += paragraph(tr("Good to know:"));
        html += list(preview.warnings);
    }
    if (preview.toAttach > 0 || !preview.mediaLeftOut.isEmpty())
        //: %1 is how many photos, PDFs and other files of the new entries will be attached to them.
        html +=
            paragraph(tr("Photos and other files that will be attached: %1").arg(locale.toString(preview.toAttach)));
    if (!preview.mediaLeftOut.isEmpty()) {
        //: %1 is how many photos and other files of the new entries cannot be attached; each is listed with why.
        html += paragraph(tr("Photos and other files that will be left out: %1")
                              .arg(locale.toString(static_cast<qlonglong>(preview.mediaLeftOut.size()))));
        QStringList items;
        for (qsizetype i = 0; i < preview.mediaLeftOut.size() && i < ImportSummary::mediaNamed; ++i)
            //: One skipped file, entry or photo: %1 says which, %2 why.
            items << tr("%1: %2").arg(preview.mediaLeftOut.at(i).source, preview.mediaLeftOut.at(i).reason);
        if (preview.mediaLeftOut.size() > ImportSummary::mediaNamed)
            //: %1 is how many more files will be left out than are named above.
            items << tr("and more: %1").arg(locale.toString(preview.mediaLeftOut.size() - ImportSummary::mediaNamed));
        html += list(items);
    }
    if (preview.toAdd == 0)
        html += paragraph(tr("There is nothing new to import: the journal has every entry already."));
    else if (backupFirst)
        html += paragraph(tr("A backup of the journal is made before anything is imported."));
    return html;
}

QString ImportPreviewText::summary(const QStringList& lines, const QString& backupPath)
{
    QString html;
    if (!backupPath.isEmpty())
        //: %1 is the path of the copy of the journal.
        html += paragraph(tr("A backup of the journal was made first: %1").arg(QDir::toNativeSeparators(backupPath)));
    QStringList items;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("  ")))
            items << line.trimmed();
        else {
            if (!items.isEmpty())
                html += list(items);
            items.clear();
            html += paragraph(line);
        }
    }
    if (!items.isEmpty())
        html += list(items);
    return html;
}

QString ImportPreviewText::failure(const QString& error)
{
    return paragraph(error);
}

} // namespace myfyrio
