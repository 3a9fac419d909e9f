#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace myfyrio {

/// Small pieces of wording that depend on the language in ways a single
/// translated string cannot say: Welsh "a" becomes "ac" before a vowel
/// ("Siân ac Elin"), and Welsh short dates keep a four-digit year as English
/// ones do (CLDR's Welsh short format has two).
class Phrasing
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::Phrasing)

public:
    /// "Siân Llewelyn and Elin Owen", with the interface language's "and"
    /// (Welsh: "a", or "ac" when the second name begins with a vowel).
    static QString twoNames(const QString& first, const QString& second);

    /// True when the text begins with a vowel (a, e, i, o, u, w, y, with or without accents).
    static bool beginsWithVowel(const QString& text);

    /// The locale's short date format with a four-digit year ("dd/MM/yyyy").
    static QString shortDateFormat(const QLocale& locale = QLocale());
    static QString shortDate(const QDate& date, const QLocale& locale = QLocale());
};

} // namespace myfyrio
