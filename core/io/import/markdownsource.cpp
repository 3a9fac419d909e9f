#include "core/io/import/markdownsource.h"

#include "core/io/import/importtext.h"
#include "core/io/import/markdownnote.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace myfyrio {

namespace {

struct Walk {
    QString root;                           ///< canonical
    QSet<QString> visited;                  ///< canonical paths of folders and files already taken
    QVector<QPair<QString, QString>> notes; ///< canonical path, path relative to the root as found
    QVector<SkippedItem> skipped;
    bool tooMany = false;
};

bool inside(const QString& root, const QString& canonical)
{
    return canonical == root || canonical.startsWith(root + QLatin1Char('/'));
}

void walk(Walk& state, const QString& folder, const QString& relative, int depth)
{
    const QFileInfoList children = QDir(folder).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name | QDir::DirsLast);
    for (const QFileInfo& child : children) {
        if (state.tooMany)
            return;
        const QString name = relative.isEmpty() ? child.fileName() : relative + QLatin1Char('/') + child.fileName();
        if (child.fileName().startsWith(QLatin1Char('.')))
            continue; // .obsidian, .trash, .git, editors' swap files
        const bool isMarkdown = child.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0
                                || child.suffix().compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0;
        if (!child.isDir() && !isMarkdown && !child.isSymLink())
            continue;
        const QString canonical = child.canonicalFilePath();
        if (child.isSymLink()) {
            if (canonical.isEmpty()) {
                state.skipped.append({name, MarkdownSource::tr("It is a symbolic link to nothing, or to a place "
                                                               "that cannot be read.")});
                continue;
            }
            if (!inside(state.root, canonical)) {
                state.skipped.append({name, MarkdownSource::tr("It is a symbolic link to a place outside the "
                                                               "folder, which Myfyrio does not follow.")});
                continue;
            }
        }
        const QFileInfo target(canonical);
        if (!target.isDir() && !(target.isFile() && isMarkdown))
            continue;
        if (state.visited.contains(canonical)) {
            if (target.isDir())
                state.skipped.append({name, MarkdownSource::tr("It leads back to a folder already read (a loop "
                                                               "of symbolic links), so it was not read again.")});
            continue; // a note reached twice is imported once
        }
        state.visited.insert(canonical);
        if (target.isDir()) {
            if (depth >= MarkdownSource::maxDepth) {
                //: %1 is the deepest level of folders read.
                state.skipped.append({name, MarkdownSource::tr("It is more than %1 folders deep, deeper than "
                                                               "Myfyrio reads.")
                                                .arg(MarkdownSource::maxDepth)});
                continue;
            }
            walk(state, canonical, name, depth + 1);
            continue;
        }
        if (state.notes.size() >= MarkdownSource::maxFiles) {
            state.tooMany = true;
            return;
        }
        state.notes.append({canonical, name});
    }
}

} // namespace

Expected<ImportBatch> MarkdownSource::readSource(const QString& path, const ImportProgress& progress) const
{
    const QFileInfo folder(path);
    if (!folder.isDir())
        return Failure{
            //: %1 is the path that was given.
            tr("“%1” is not a folder. Choose the folder that holds your Markdown notes.").arg(ImportText::shown(path))};
    Walk state;
    state.root = folder.canonicalFilePath();
    state.visited.insert(state.root);
    walk(state, state.root, QString(), 0);
    if (state.notes.isEmpty() && state.skipped.isEmpty())
        //: %1 is a folder's path.
        return Failure{tr("“%1” holds no Markdown notes (files ending in .md).").arg(ImportText::shown(path))};

    ImportBatch batch;
    batch.skipped = state.skipped;
    if (state.tooMany)
        //: %1 is the most notes read from one folder.
        batch.warnings.append(
            tr("The folder holds more than %1 notes; only the first %1 were read.").arg(QLocale().toString(maxFiles)));
    int undated = 0;
    const int total = static_cast<int>(state.notes.size());
    for (int i = 0; i < total; ++i) {
        if (i % 64 == 0) {
            if (progress.cancelled())
                return ImportProgress::cancelledFailure();
            progress.report(i, total);
        }
        const auto& [canonical, relative] = state.notes.at(i);
        auto bytes = ImportText::readFile(canonical, ImportText::maxTextFileBytes, ImportText::shown(relative));
        if (!bytes) {
            batch.skipped.append({ImportText::shown(relative), bytes.error()});
            continue;
        }
        bool usedFileDate = false;
        auto note = MarkdownNote::read(*bytes, relative, QFileInfo(canonical).lastModified().date(), &usedFileDate);
        if (!note) {
            batch.skipped.append({ImportText::shown(relative), note.error()});
            continue;
        }
        undated += usedFileDate ? 1 : 0;
        batch.entries.append(std::move(note).value());
    }
    if (undated > 0)
        //: %n is how many notes had no date.
        batch.warnings.append(tr("%n note(s) had no date in their name or front matter; they are dated by when "
                                 "the file was last changed.",
                                 nullptr, undated));
    progress.report(total, total);
    return batch;
}

} // namespace myfyrio
