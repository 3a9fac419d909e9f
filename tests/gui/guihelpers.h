#pragma once

#include "core/journal/reflection.h"

#include <QString>

class QWidget;

namespace myfyrio {
class Database;
}

namespace myfyrio::test {

/// Types text into the focused widget one key event at a time, with the text
/// set, so that letters outside Latin-1 (ŵ, ŷ) arrive as typed; QTest::keyClicks
/// asserts on them.
void typeText(QWidget* widget, const QString& text);

/// Stores a reflection and fails the test if it cannot.
Reflection addReflection(const Database& database, const QString& title, const QDate& date,
                         const QStringList& tags = {}, const QString& body = {},
                         const QString& language = QStringLiteral("en"));

/// Installs an interface language and waits until the posted LanguageChange has arrived.
void switchLanguage(const QString& language);

} // namespace myfyrio::test
