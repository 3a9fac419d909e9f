#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// The interface languages and their translators.
///
/// Installing a language replaces the application's translators (ours and the
/// Welsh we supply for Qt's own dialogs) and QLocale's default, so that every
/// widget receives QEvent::LanguageChange and can retranslate itself. Reports
/// ask for text in a language of their own through translate(), which leaves
/// the interface alone.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::Translations)

public:
    static QString welsh() { return QStringLiteral("cy"); }
    static QString english() { return QStringLiteral("en"); }
    static QStringList languages() { return {welsh(), english()}; }

    /// The language's own name: "Cymraeg", "English".
    static QString nativeName(const QString& language);

    /// cy_GB or en_GB.
    static QLocale locale(const QString& language);

    /// "cy" when the system locale is Welsh, else "en".
    static QString systemLanguage();

    /// Installs the translators for a language; false when it is not one we ship.
    static bool install(const QString& language);

    /// The installed interface language ("en" before any install).
    static QString current();

    /// Text in a given language, whatever the interface language is.
    static QString translate(const QString& language, const char* context, const char* source,
                             const char* disambiguation = nullptr, int n = -1);

    /// The interface language saved in the settings, or empty when none was chosen yet.
    static QString savedLanguage();
    static void saveLanguage(const QString& language);
};

} // namespace myfyrio
