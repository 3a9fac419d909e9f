#include "core/report/reportlanguage.h"

#include "core/i18n/translations.h"

namespace myfyrio {

ReportLanguage::ReportLanguage(const QString& code) : m_code(code)
{
    if (code == QLatin1String("both"))
        m_languages = {Translations::welsh(), Translations::english()};
    else if (code == Translations::welsh())
        m_languages = {Translations::welsh()};
    else
        m_languages = {Translations::english()};
}

QString ReportLanguage::label(const QString& language, const char* source)
{
    return Translations::translate(language, context(), source);
}

QStringList ReportLanguage::labels(const char* source) const
{
    QStringList result;
    for (const QString& language : m_languages)
        result << label(language, source);
    return result;
}

QStringList ReportLanguage::labels(const char* source,
                                   const std::function<QString(const QString&, QString)>& fill) const
{
    QStringList result;
    for (const QString& language : m_languages)
        result << fill(language, label(language, source));
    return result;
}

QString ReportLanguage::longDate(const QString& language, const QDate& date)
{
    return Translations::locale(language).toString(date, QLocale::LongFormat);
}

QString ReportLanguage::shortDate(const QString& language, const QDate& date)
{
    return Translations::locale(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportLanguage::monthName(const QString& language, int month)
{
    return Translations::locale(language).standaloneMonthName(month, QLocale::LongFormat);
}

} // namespace myfyrio
