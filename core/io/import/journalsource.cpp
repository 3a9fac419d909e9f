#include "core/io/import/journalsource.h"

#include "core/io/import/dayonesource.h"
#include "core/io/import/importids.h"
#include "core/io/import/importtext.h"
#include "core/io/import/jrnlsource.h"
#include "core/io/import/languageguess.h"
#include "core/io/import/markdownsource.h"
#include "core/io/import/rednotebooksource.h"
#include "core/journal/reflectionstore.h"

#include <QSet>

namespace myfyrio {

JournalSource::~JournalSource() = default;

std::unique_ptr<JournalSource> JournalSource::create(SourceKind kind)
{
    switch (kind) {
    case SourceKind::RedNotebook:
        return std::make_unique<RedNotebookSource>();
    case SourceKind::DayOne:
        return std::make_unique<DayOneSource>();
    case SourceKind::Jrnl:
        return std::make_unique<JrnlSource>();
    case SourceKind::Markdown:
        return std::make_unique<MarkdownSource>();
    }
    return nullptr;
}

QString JournalSource::code(SourceKind kind)
{
    switch (kind) {
    case SourceKind::RedNotebook:
        return QStringLiteral("rednotebook");
    case SourceKind::DayOne:
        return QStringLiteral("dayone");
    case SourceKind::Jrnl:
        return QStringLiteral("jrnl");
    case SourceKind::Markdown:
        return QStringLiteral("markdown");
    }
    return {};
}

bool JournalSource::fromCode(const QString& text, SourceKind& kind)
{
    for (SourceKind candidate : {SourceKind::RedNotebook, SourceKind::DayOne, SourceKind::Jrnl, SourceKind::Markdown}) {
        if (code(candidate) == text) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

QString JournalSource::programName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::RedNotebook:
        return QStringLiteral("RedNotebook");
    case SourceKind::DayOne:
        return QStringLiteral("Day One");
    case SourceKind::Jrnl:
        return QStringLiteral("jrnl");
    case SourceKind::Markdown:
        return QStringLiteral("Markdown");
    }
    return {};
}

QString JournalSource::idFor(const QString& identity) const
{
    return ImportIds::stable(code(kind()), identity);
}

Expected<ImportBatch> JournalSource::read(const QString& path, const ImportProgress& progress,
                                          const QString& fallbackLanguage) const
{
    auto read = readSource(path, progress);
    if (!read)
        return read;
    if (progress.cancelled())
        return ImportProgress::cancelledFailure();
    ImportBatch batch = std::move(read).value();

    QVector<ImportedEntry> kept;
    kept.reserve(batch.entries.size());
    QSet<QString> ids;
    for (ImportedEntry& entry : batch.entries) {
        Reflection& r = entry.reflection;
        if (r.body.size() > ImportText::maxEntryCharacters) {
            batch.skipped.append({entry.source, ImportText::tooLong()});
            continue;
        }
        if (r.language.isEmpty())
            r.language = LanguageGuess::of(r.title + QLatin1Char('\n') + r.body, fallbackLanguage);
        if (const QString problem = ReflectionStore::validate(r); !problem.isEmpty()) {
            batch.skipped.append({entry.source, problem});
            continue;
        }
        if (ids.contains(r.id)) {
            ++batch.duplicates;
            continue;
        }
        ids.insert(r.id);
        kept.append(std::move(entry));
    }
    batch.entries = std::move(kept);
    return batch;
}

} // namespace myfyrio
