// The Welsh catalogue must be complete: a message the sources use that has no
// finished Welsh translation fails here, so Welsh never lags behind English.

#include "core/i18n/translations.h"
#include "tests/support/catch.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString translation; ///< the text, or every numerus form, one per line
    bool finished = false;
};

QVector<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVector<Message> messages;
    QString context;
    Message current;
    bool inMessage = false;
    bool hasText = false;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, {}, {}, {}, false};
                hasText = false;
                unfinished = false;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                             || type == QLatin1String("obsolete");
                if (xml.attributes().value(QLatin1String("type")).isEmpty()) {
                    // Either plain text or <numerusform> children.
                    bool allForms = true;
                    bool anyForm = false;
                    QString text;
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                            anyForm = true;
                            const QString form = xml.readElementText();
                            if (form.isEmpty())
                                allForms = false;
                            current.translation += form + QLatin1Char('\n');
                        } else if (xml.isCharacters()) {
                            text += xml.text();
                        }
                    }
                    hasText = anyForm ? allForms : !text.trimmed().isEmpty();
                    if (!anyForm)
                        current.translation = text;
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current.finished = hasText && !unfinished;
            messages.append(current);
            inMessage = false;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString key(const Message& m)
{
    return m.context + QChar(0x1F) + m.source + QChar(0x1F) + m.comment;
}

} // namespace

TEST_CASE("Every Welsh message is translated", "[translations]")
{
    for (const char* file : {"/translations/myfyrio_cy.ts", "/translations/qt_cy.ts"}) {
        const QVector<Message> messages = readTs(QStringLiteral(MYFYRIO_SOURCE_DIR) + QString::fromLatin1(file));
        for (const Message& m : messages) {
            INFO(file << ": " << m.context.toStdString() << " / " << m.source.toStdString());
            CHECK(m.finished);
        }
    }
}

TEST_CASE("No Welsh placeholder follows a word that would mutate it", "[translations][welsh]")
{
    // "a", "ar", "o", "hyd" and "ei" mutate the word after them ("a Chatrin", "ar ddydd Llun",
    // "o ddeg"); a placeholder cannot, so none may follow them.
    const QRegularExpression mutating(QStringLiteral("(?<![\\p{L}'’])(a|ar|o|hyd|ei)\\s+%\\d"),
                                      QRegularExpression::CaseInsensitiveOption);
    REQUIRE(mutating.match(QStringLiteral("Tudalen %1 o %2")).hasMatch()); // the check can fail
    REQUIRE_FALSE(mutating.match(QStringLiteral("Tudalen %1 / %2")).hasMatch());
    REQUIRE_FALSE(mutating.match(QStringLiteral("gyda'r goruchwylai %2")).hasMatch());
    int read = 0;
    for (const Message& m : readTs(QStringLiteral(MYFYRIO_SOURCE_DIR "/translations/myfyrio_cy.ts"))) {
        INFO(m.context.toStdString() << " / " << m.source.toStdString() << " → " << m.translation.toStdString());
        CHECK_FALSE(mutating.match(m.translation).hasMatch());
        read += m.translation.isEmpty() ? 0 : 1;
    }
    CHECK(read > 1000);
}

TEST_CASE("The Welsh catalogue has every message the sources use", "[translations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString extracted = dir.filePath(QStringLiteral("extracted_cy.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MYFYRIO_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), QStringLiteral(MYFYRIO_SOURCE_DIR), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h"), QStringLiteral(MYFYRIO_SOURCE_DIR "/core"),
                   QStringLiteral(MYFYRIO_SOURCE_DIR "/app"), QStringLiteral("-ts"), extracted});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAll().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> translated;
    for (const Message& m : readTs(QStringLiteral(MYFYRIO_SOURCE_DIR "/translations/myfyrio_cy.ts")))
        if (m.finished)
            translated.insert(key(m));
    const QVector<Message> used = readTs(extracted);
    REQUIRE(used.size() > 20);
    for (const Message& m : used) {
        INFO("missing Welsh for " << m.context.toStdString() << " / " << m.source.toStdString());
        CHECK(translated.contains(key(m)));
    }
}

TEST_CASE("Reports can ask for text in either language", "[translations]")
{
    using myfyrio::Translations;
    const QString welsh =
        Translations::translate(Translations::welsh(), "myfyrio::cli", "Add a reflection to the journal.");
    const QString english =
        Translations::translate(Translations::english(), "myfyrio::cli", "Add a reflection to the journal.");
    CHECK(english == QStringLiteral("Add a reflection to the journal."));
    CHECK_FALSE(welsh.isEmpty());
    CHECK(welsh != english);
}
