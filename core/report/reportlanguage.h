#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>

namespace myfyrio {

/// The language or languages a report is written in: "en", "cy", or "both"
/// (Welsh first, then English). Fixed labels come from the translations in the
/// context "myfyrio::Report", whatever the interface language is.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& code);

    QString code() const { return m_code; }
    bool bilingual() const { return m_languages.size() > 1; }
    /// The languages in the order they are printed: {"cy", "en"} for both.
    const QStringList& languages() const { return m_languages; }
    /// The first language printed.
    QString primary() const { return m_languages.constFirst(); }

    /// A fixed label (marked with QT_TRANSLATE_NOOP("myfyrio::Report", …)) in one language.
    static QString label(const QString& language, const char* source);
    /// The label in each of the report's languages, in order.
    QStringList labels(const char* source) const;
    /// The label in each language with the arguments a function fills in for that language.
    QStringList labels(const char* source,
                       const std::function<QString(const QString& language, QString text)>& fill) const;

    static QString longDate(const QString& language, const QDate& date);
    static QString shortDate(const QString& language, const QDate& date);
    static QString monthName(const QString& language, int month);

    /// The translation context of every fixed label in a report.
    static const char* context() { return "myfyrio::Report"; }

private:
    QString m_code;
    QStringList m_languages;
};

} // namespace myfyrio
