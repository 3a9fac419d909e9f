#include "core/io/markdownexporter.h"

#include "core/cpd/cpdcatalog.h"
#include "core/failure/failureplacementstore.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/io/savedfile.h"
#include "core/journal/reflectionstore.h"
#include "core/models/modelcatalog.h"
#include "core/storage/database.h"
#include "core/util/timestamps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace myfyrio {

namespace {

/// A YAML double-quoted scalar.
QString yamlString(const QString& text)
{
    QString result = text;
    result.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

QString slug(const QString& title)
{
    // Letters without their accents (ŵ → w), lower case, words joined by hyphens.
    QString plain;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('\'') || c == QChar(0x2019))
            continue; // accents, and apostrophes inside words ("â'r" → "ar")
        plain += c.isLetterOrNumber() && c.unicode() < 128 ? c.toLower() : QLatin1Char(' ');
    }
    QString result = plain.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    return result.left(60);
}

} // namespace

MarkdownExporter::MarkdownExporter(const Database& database) : m_database(database) {}

QString MarkdownExporter::baseName(const Reflection& reflection)
{
    // Only a-z, 0-9 and hyphens, never empty, never starting with a dot or a
    // hyphen: whatever the title or id holds ("/../../x", NUL, 10,000 letters),
    // the file stays in the chosen folder.
    QStringList parts;
    if (reflection.date.isValid())
        parts << timestamps::toStorage(reflection.date);
    QString words = slug(reflection.title);
    if (words.isEmpty())
        words = slug(reflection.id.left(8));
    if (!words.isEmpty())
        parts << words;
    QString name = parts.join(QLatin1Char('-'));
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"));
    if (name.isEmpty() || reserved.match(name).hasMatch())
        name.prepend(name.isEmpty() ? QStringLiteral("reflection") : QStringLiteral("reflection-"));
    return name;
}

QString MarkdownExporter::markdown(const Reflection& reflection) const
{
    std::optional<ReflectiveModel> model;
    if (auto found = ModelCatalog(m_database).find(reflection.model); found && found->has_value())
        model = **found;

    QString text = QStringLiteral("---\n");
    text += QStringLiteral("id: %1\n").arg(reflection.id);
    text += QStringLiteral("title: %1\n").arg(yamlString(reflection.title));
    text += QStringLiteral("date: %1\n").arg(timestamps::toStorage(reflection.date));
    QStringList tags;
    for (const QString& tag : reflection.tags)
        tags << yamlString(tag);
    text += QStringLiteral("tags: [%1]\n").arg(tags.join(QStringLiteral(", ")));
    text += QStringLiteral("lang: %1\n").arg(reflection.language);
    text += QStringLiteral("bringToSupervision: %1\n")
                .arg(reflection.bringToSupervision ? QStringLiteral("true") : QStringLiteral("false"));
    text += QStringLiteral("model: %1\n").arg(reflection.model);
    if (!reflection.scale.isEmpty())
        text += QStringLiteral("scale: %1\n").arg(reflection.scale);
    if (reflection.failure) {
        const FailurePlacement& failure = *reflection.failure;
        text += QStringLiteral("failure:\n  reason: %1\n  type: %2\n")
                    .arg(FailureSpectrum::code(failure.reason), FailureSpectrum::code(failure.type()));
        if (failure.setting)
            text += QStringLiteral("  setting: %1\n").arg(FailureSpectrum::code(*failure.setting));
        if (failure.blameFelt)
            text += QStringLiteral("  blameFelt: %1\n").arg(*failure.blameFelt);
        if (!failure.systemFactors.isEmpty())
            text += QStringLiteral("  systemFactors: %1\n").arg(yamlString(failure.systemFactors));
    }
    if (reflection.cpd) {
        const CpdRecord& cpd = *reflection.cpd;
        text += QStringLiteral("cpd:\n  type: %1\n  hours: %2\n  participatory: %3\n  peer: %4\n")
                    .arg(cpd.type, CpdCatalog::hoursCode(cpd.quarterHours),
                         cpd.participatory ? QStringLiteral("true") : QStringLiteral("false"),
                         cpd.peer ? QStringLiteral("true") : QStringLiteral("false"));
        if (!cpd.standard.isEmpty())
            text += QStringLiteral("  standard: %1\n").arg(cpd.standard);
    }
    text += QStringLiteral("created: %1\nupdated: %2\n---\n\n")
                .arg(timestamps::toStorage(reflection.created), timestamps::toStorage(reflection.updated));
    text += QStringLiteral("# %1\n\n").arg(reflection.title);
    if (!reflection.body.trimmed().isEmpty())
        text += reflection.body.trimmed() + QStringLiteral("\n\n");
    QSet<QString> written;
    if (model) {
        for (const ModelPrompt& prompt : model->prompts) {
            const QString answer = reflection.answers.value(prompt.code).trimmed();
            if (answer.isEmpty())
                continue;
            written.insert(prompt.code);
            text +=
                QStringLiteral("## %1\n\n%2\n\n").arg(prompt.titleAt(reflection.scale).in(reflection.language), answer);
        }
    }
    // Answers to prompts the model no longer has are kept under their codes.
    for (auto it = reflection.answers.cbegin(); it != reflection.answers.cend(); ++it) {
        if (!written.contains(it.key()) && !it.value().trimmed().isEmpty())
            text += QStringLiteral("## %1\n\n%2\n\n").arg(it.key(), it.value().trimmed());
    }
    if (!reflection.actions.isEmpty()) {
        //: Heading of a reflection's actions in its Markdown file, in the reflection's own language.
        text += QStringLiteral("## %1\n\n")
                    .arg(Translations::translate(reflection.language, "myfyrio::MarkdownExporter",
                                                 QT_TRANSLATE_NOOP("myfyrio::MarkdownExporter", "Actions")));
        for (const Action& action : reflection.actions) {
            text += QStringLiteral("- [%1] %2").arg(action.done ? QLatin1Char('x') : QLatin1Char(' ')).arg(action.text);
            if (action.due.isValid())
                text += QStringLiteral(" (%1)").arg(timestamps::toStorage(action.due));
            text += QLatin1Char('\n');
        }
    }
    return text.trimmed() + QLatin1Char('\n');
}

Expected<int> MarkdownExporter::write(const QString& folder, bool overwrite) const
{
    const QString target = QFileInfo(folder).absoluteFilePath();
    const bool newFolder = !QFileInfo::exists(target) && !QFileInfo(target).isSymLink();
    auto all = ReflectionStore(m_database).listFull();
    if (!all)
        return all.failure();
    QVector<QPair<QString, Reflection>> files;
    QSet<QString> names;
    for (Reflection& reflection : *all) {
        if (!reflection.failure) {
            auto placement = FailurePlacementStore(m_database.connection()).load(reflection.id);
            if (!placement)
                return placement.failure();
            reflection.failure = *placement;
        }
        QString name = baseName(reflection) + QStringLiteral(".md");
        for (int n = 2; names.contains(name); ++n)
            name = baseName(reflection) + QStringLiteral("-%1.md").arg(n);
        names.insert(name);
        const QString path = QDir(target).filePath(name);
        if (QFileInfo(path).absolutePath() != target)
            //: %1 is the name of a file.
            return Failure{tr("The file name “%1” would leave the folder; nothing was written.").arg(name)};
        if (!newFolder) {
            if (auto allowed = SavedFile::check(path); !allowed && QFileInfo(target).isDir())
                return allowed.failure();
            if (!overwrite && QFileInfo::exists(path))
                //: %1 is a file path.
                return Failure{tr("“%1” already exists. Choose an empty folder, or allow files to be replaced.")
                                   .arg(QDir::toNativeSeparators(path))};
        }
        files.append({path, std::move(reflection)});
    }
    if (auto made = SavedFile::makeFolder(target); !made)
        return made.failure();
    // A failure half-way takes back the files this export added (replaced ones cannot come back).
    QStringList added;
    for (const auto& [path, reflection] : files) {
        const bool existed = QFileInfo::exists(path);
        if (auto written = SavedFile::write(path, markdown(reflection).toUtf8()); !written) {
            for (const QString& file : std::as_const(added))
                QFile::remove(file);
            if (newFolder)
                QDir().rmdir(target);
            return written.failure();
        }
        if (!existed)
            added << path;
    }
    return static_cast<int>(files.size());
}

} // namespace myfyrio
