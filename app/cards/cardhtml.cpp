#include "app/cards/cardhtml.h"

#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"

#include <QLocale>

namespace myfyrio {

namespace {

/// The writer's words, escaped, their paragraphs and line breaks kept.
QString userText(const QString& text)
{
    return QStringLiteral("<p>%1</p>")
        .arg(text.trimmed()
                 .toHtmlEscaped()
                 .replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"))
                 .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString CardHtml::monthLabel(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString CardHtml::scaleLabel(const QString& code)
{
    return code.isEmpty() ? tr("No scale given") : SystemScale::label(code);
}

QString CardHtml::languageName(const QString& code)
{
    return code == Translations::welsh() ? QStringLiteral("Cymraeg") : QStringLiteral("English");
}

QString CardHtml::build(const LearningCard& card)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(card.title.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Lesson").toHtmlEscaped()) + userText(card.lesson);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Enabling question").toHtmlEscaped());
    html += card.enabling.trimmed().isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("None given").toHtmlEscaped())
                                              : userText(card.enabling);

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    if (card.failure) {
        html += row(tr("Reason for failure:"), FailureSpectrum::label(card.failure->reason));
        html += row(tr("Type of failure:"), FailureSpectrum::label(card.failure->type));
        if (card.failure->setting)
            html += row(tr("Setting:"), FailureSpectrum::label(*card.failure->setting));
    } else {
        html += row(tr("Failure placement:"), tr("Not placed on the spectrum"));
    }
    html += row(tr("System scale:"), scaleLabel(card.scale));
    html += row(tr("Tags:"), card.tags.isEmpty() ? tr("None") : card.tags.join(QStringLiteral(", ")));
    html += row(tr("Month:"), monthLabel(card.month));
    html += row(tr("Language:"), languageName(card.language));
    html += row(tr("Author label:"), card.author.isEmpty() ? tr("None given") : card.author);
    return html + QStringLiteral("</table>");
}

} // namespace myfyrio
