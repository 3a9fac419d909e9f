#include "core/i18n/phrasing.h"

#include <QRegularExpression>

namespace myfyrio {

bool Phrasing::beginsWithVowel(const QString& text)
{
    const QString trimmed = text.trimmed().normalized(QString::NormalizationForm_D);
    return !trimmed.isEmpty() && QStringLiteral("aeiouwyAEIOUWY").contains(trimmed.at(0));
}

QString Phrasing::twoNames(const QString& first, const QString& second)
{
    if (beginsWithVowel(second))
        //: Two names joined: %1 and %2 are people's names, and the second begins with a vowel
        //: (Welsh: "%1 ac %2").
        return tr("%1 and %2", "second begins with a vowel").arg(first, second);
    //: Two names joined: %1 and %2 are people's names (Welsh: "%1 a %2").
    return tr("%1 and %2").arg(first, second);
}

QString Phrasing::shortDateFormat(const QLocale& locale)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString Phrasing::shortDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

} // namespace myfyrio
