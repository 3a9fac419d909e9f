#include "tests/gui/guihelpers.h"

#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

namespace myfyrio::test {

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        const int key = ch.unicode() < 128 ? ch.toUpper().unicode() : 0;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

Reflection addReflection(const Database& database, const QString& title, const QDate& date, const QStringList& tags,
                         const QString& body, const QString& language)
{
    Reflection reflection;
    reflection.title = title;
    reflection.date = date;
    reflection.tags = tags;
    reflection.body = body;
    reflection.language = language;
    auto added = ReflectionStore(database).add(reflection);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return added.value();
}

void switchLanguage(const QString& language)
{
    // A widget that notes each LanguageChange it receives, to know when the
    // posted events have been delivered.
    struct Probe : QWidget {
        int changes = 0;
        void changeEvent(QEvent* event) override
        {
            if (event->type() == QEvent::LanguageChange)
                ++changes;
            QWidget::changeEvent(event);
        }
    } probe;
    const bool changes = Translations::current() != language;
    REQUIRE(Translations::install(language));
    if (!changes) {
        QCoreApplication::processEvents();
        return;
    }
    REQUIRE(QTest::qWaitFor([&] { return probe.changes > 0; }, 5000));
    QCoreApplication::processEvents();
}

} // namespace myfyrio::test
