#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace myfyrio {

/// Small pieces of wording that depend on the language in ways a single
/// translated string cannot say: Welsh short dates keep a four-digit year as
/// English ones do (CLDR's Welsh short format has two).
class Phrasing
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::Phrasing)

public:
    /// The two people of an agreement: "Siân Llewelyn and Elin Owen". Welsh
    /// writes "Siân Llewelyn – Elin Owen": a name straight after "a" would
    /// have to mutate ("a Chatrin"), which no placeholder can do.
    static QString twoNames(const QString& first, const QString& second);

    /// The locale's short date format with a four-digit year ("dd/MM/yyyy").
    static QString shortDateFormat(const QLocale& locale = QLocale());
    static QString shortDate(const QDate& date, const QLocale& locale = QLocale());
};

} // namespace myfyrio
