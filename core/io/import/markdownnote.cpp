#include "core/io/import/markdownnote.h"

#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/io/import/importids.h"
#include "core/io/import/importtext.h"
#include "core/io/import/yamlreader.h"
#include "core/journal/systemscale.h"
#include "core/models/modelcatalog.h"
#include "core/util/timestamps.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace myfyrio {

namespace {

QDate dateIn(const QString& text)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch match = leading.match(text.trimmed());
    return match.hasMatch() ? timestamps::parseIsoDate(match.captured(1)) : QDate();
}

QString languageCode(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("cy") || value.startsWith(QLatin1String("cy-")) || value.startsWith(QLatin1String("cy_"))
        || value == QLatin1String("welsh") || value == QLatin1String("cymraeg"))
        return languageCodeWelsh();
    if (value == QLatin1String("en") || value.startsWith(QLatin1String("en-")) || value.startsWith(QLatin1String("en_"))
        || value == QLatin1String("english") || value == QLatin1String("saesneg"))
        return languageCodeEnglish();
    return {};
}

/// Tags as a list, or as one line "a, b" or "#a #b".
QStringList tagsFrom(const YamlNode& node)
{
    QStringList raw;
    if (node.isSequence()) {
        for (const YamlNode& item : node.children) {
            if (item.isScalar())
                raw << item.text;
        }
    } else if (node.isScalar()) {
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        const bool commas = node.text.contains(QLatin1Char(','));
        raw = commas ? node.text.split(QLatin1Char(',')) : node.text.split(separators);
    }
    QStringList tags;
    for (QString tag : raw) {
        tag = tag.trimmed();
        while (tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
        if (!tag.isEmpty())
            tags << tag.left(200);
    }
    return tags;
}

std::optional<FailurePlacement> failureFrom(const YamlNode& node)
{
    const YamlNode* reason = node.value(QStringLiteral("reason"));
    if (!reason || !reason->isScalar())
        return std::nullopt;
    const auto code = FailureSpectrum::reasonFromCode(reason->text.trimmed());
    if (!code)
        return std::nullopt;
    FailurePlacement placement;
    placement.reason = *code;
    if (const YamlNode* type = node.value(QStringLiteral("type")); type && type->isScalar())
        placement.chosenType = FailureSpectrum::typeFromCode(type->text.trimmed());
    if (const YamlNode* setting = node.value(QStringLiteral("setting")); setting && setting->isScalar())
        placement.setting = FailureSpectrum::settingFromCode(setting->text.trimmed());
    if (const YamlNode* blame = node.value(QStringLiteral("blameFelt")); blame && blame->isScalar()) {
        bool ok = false;
        const int value = blame->text.trimmed().toInt(&ok);
        if (ok && value >= FailurePlacement::minimumBlame && value <= FailurePlacement::maximumBlame)
            placement.blameFelt = value;
    }
    if (const YamlNode* factors = node.value(QStringLiteral("systemFactors")); factors && factors->isScalar())
        placement.systemFactors = factors->text;
    return placement;
}

/// The text of a "# Title" line, or empty when the line is not a first-level heading.
QString headingOne(QStringView line)
{
    if (line.startsWith(QLatin1String("# ")))
        return line.mid(2).trimmed().toString();
    return {};
}

} // namespace

Expected<ImportedEntry> MarkdownNote::read(const QByteArray& bytes, const QString& relativePath, const QDate& fileDate,
                                           bool* usedFileDate)
{
    const QString shownName = ImportText::shown(relativePath);
    auto decoded = ImportText::decodeUtf8(bytes, shownName);
    if (!decoded)
        return decoded.failure();
    QString text = std::move(decoded).value();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    ImportedEntry entry;
    entry.source = shownName;
    Reflection& r = entry.reflection;
    r.language.clear(); // guessed later unless the front matter says
    bool ownExport = false;
    bool hasDate = false;

    // Front matter: "---" on the first line, up to a line "---" or "...".
    if (text.startsWith(QLatin1String("---\n"))) {
        static const QRegularExpression end(QStringLiteral("\\n(---|\\.\\.\\.)[ \\t]*(\\n|$)"));
        const QRegularExpressionMatch match = end.match(text, 3);
        if (!match.hasMatch())
            //: %1 is a file name.
            return Failure{tr("“%1” starts a front matter with “---” but never ends it.").arg(shownName)};
        const QString yaml = text.mid(4, match.capturedStart() - 3);
        auto front = YamlReader::parse(yaml.toUtf8(), shownName, 2);
        if (!front)
            return front.failure();
        if (!front->isNull() && !front->isMapping())
            //: %1 is a file name.
            return Failure{tr("The front matter of “%1” is not a list of names and values.").arg(shownName)};
        readFrontMatter(*front, r, ownExport, hasDate);
        text = text.mid(match.capturedEnd());
    }

    // The first heading is the title when the front matter gives none (or the same one).
    {
        qsizetype start = 0;
        while (start < text.size() && text.at(start) == QLatin1Char('\n'))
            ++start;
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), start);
        const QString heading = headingOne(QStringView(text).mid(start, (lineEnd < 0 ? text.size() : lineEnd) - start));
        const QStringView firstLine = QStringView(text).mid(start, (lineEnd < 0 ? text.size() : lineEnd) - start);
        // Myfyrio writes "# " for a reflection without a title.
        const bool emptyHeading = ownExport && r.title.isEmpty() && firstLine.trimmed() == QLatin1String("#");
        if (emptyHeading || (!heading.isEmpty() && (r.title.isEmpty() || r.title == heading))) {
            r.title = heading;
            text = lineEnd < 0 ? QString() : text.mid(lineEnd + 1);
        }
    }
    if (ownExport)
        readOwnSections(text, r);
    r.body = text.trimmed();

    const QString baseName = QFileInfo(relativePath).completeBaseName();
    if (!hasDate) {
        r.date = dateIn(baseName);
        if (!r.date.isValid()) {
            r.date = fileDate;
            if (usedFileDate)
                *usedFileDate = true;
        }
    }
    if (r.title.isEmpty()) {
        // "2024-03-01 Team meeting" → "Team meeting"
        static const QRegularExpression datePrefix(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[\\s_\\-–.]*"));
        QString name = baseName;
        name.remove(datePrefix);
        r.title = name.isEmpty() ? baseName : name;
    }
    if (r.id.isEmpty())
        r.id = ImportIds::stable(QStringLiteral("markdown"), relativePath);
    return entry;
}

void MarkdownNote::readFrontMatter(const YamlNode& front, Reflection& r, bool& ownExport, bool& hasDate)
{
    const auto scalar = [&front](const char* key) -> QString {
        const YamlNode* node = front.value(QLatin1String(key));
        return node && node->isScalar() ? node->text : QString();
    };
    r.title = scalar("title").trimmed();
    if (const QDate date = dateIn(scalar("date")); date.isValid()) {
        r.date = date;
        hasDate = true;
    }
    if (const YamlNode* tags = front.value(QStringLiteral("tags")))
        r.tags = tagsFrom(*tags);
    r.language = languageCode(scalar("lang").isEmpty() ? scalar("language") : scalar("lang"));

    const QString id = scalar("id");
    const QString model = scalar("model").trimmed();
    ownExport = !model.isEmpty() && ImportIds::isUuid(id);
    if (ImportIds::isUuid(id))
        r.id = ImportIds::normalisedUuid(id);
    if (!ownExport)
        return;
    if (const YamlNode* shared = front.value(QStringLiteral("bringToSupervision")))
        r.bringToSupervision = shared->isTrue();
    // A model of the writer's own is not known here: its answers stay in the text, under their titles.
    r.model = ModelCatalog::builtIn(model) ? model : ReflectiveModel::freeWritingCode();
    if (SystemScale::isCode(scalar("scale").trimmed()))
        r.scale = scalar("scale").trimmed();
    if (const YamlNode* failure = front.value(QStringLiteral("failure")); failure && failure->isMapping())
        r.failure = failureFrom(*failure);
    r.created = timestamps::timeFromStorage(scalar("created").trimmed());
    r.updated = timestamps::timeFromStorage(scalar("updated").trimmed());
}

void MarkdownNote::readOwnSections(QString& body, Reflection& r)
{
    // As MarkdownExporter writes them: "## <prompt title>" then the answer, and last "## Actions"
    // (in the reflection's language) with a checklist.
    const QString language = r.language.isEmpty() ? languageCodeEnglish() : r.language;
    const ReflectiveModel* model = ModelCatalog::builtIn(r.model);
    const QString actionsTitle = Translations::translate(language, "myfyrio::MarkdownExporter", "Actions");
    const auto promptFor = [&](const QString& heading) -> QString {
        if (!model)
            return {};
        for (const ModelPrompt& prompt : model->prompts) {
            if (prompt.titleAt(r.scale).in(language) == heading || prompt.code == heading)
                return prompt.code;
        }
        return {};
    };

    QStringList lines = body.split(QLatin1Char('\n'));
    // The actions: the last "## Actions" whose lines are all checklist items.
    static const QRegularExpression item(QStringLiteral("^- \\[([ xX])\\] (.*?)(?: \\((\\d{4}-\\d{2}-\\d{2})\\))?$"));
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!lines.at(i).startsWith(QLatin1String("## ")))
            continue;
        if (lines.at(i).mid(3).trimmed() != actionsTitle)
            break;
        QVector<Action> actions;
        bool all = true;
        for (qsizetype k = i + 1; k < lines.size() && all; ++k) {
            if (lines.at(k).trimmed().isEmpty())
                continue;
            // Myfyrio writes one short line an action; a very long line is text, and is not searched.
            const QRegularExpressionMatch match =
                lines.at(k).size() <= 10000 ? item.match(lines.at(k)) : QRegularExpressionMatch();
            if (!match.hasMatch()) {
                all = false;
                break;
            }
            Action action;
            action.done = match.captured(1) != QLatin1String(" ");
            action.text = match.captured(2);
            action.due = timestamps::parseIsoDate(match.captured(3));
            actions.append(action);
        }
        if (all && !actions.isEmpty()) {
            r.actions = actions;
            lines = lines.mid(0, i);
        }
        break;
    }
    // The answers: from the first heading that names one of the model's prompts.
    qsizetype first = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("## ")) && !promptFor(lines.at(i).mid(3).trimmed()).isEmpty()) {
            first = i;
            break;
        }
    }
    if (first < 0) {
        body = lines.join(QLatin1Char('\n'));
        return;
    }
    QString code;
    QStringList answer;
    const auto keep = [&] {
        if (!code.isEmpty())
            r.answers.insert(code, answer.join(QLatin1Char('\n')).trimmed());
        answer.clear();
    };
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QString prompt =
            lines.at(i).startsWith(QLatin1String("## ")) ? promptFor(lines.at(i).mid(3).trimmed()) : QString();
        if (!prompt.isEmpty() && !r.answers.contains(prompt)) {
            keep();
            code = prompt;
            continue;
        }
        answer << lines.at(i);
    }
    keep();
    body = lines.mid(0, first).join(QLatin1Char('\n'));
}

} // namespace myfyrio
