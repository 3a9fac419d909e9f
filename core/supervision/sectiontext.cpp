#include "core/supervision/sectiontext.h"

#include "core/supervision/sectioncatalog.h"

#include <QLocale>
#include <QStringList>

namespace myfyrio {

namespace {

QString dateOrDash(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QStringLiteral("—");
}

QString textOrDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

} // namespace

QString SectionText::fields(const AgreementContent& c, const QString& code)
{
    QStringList lines;
    if (code == QLatin1String("parties")) {
        //: %1 is a person's name, or two joined.
        lines << tr("Supervisor: %1").arg(textOrDash(c.supervisorName))
              //: %1 is the role as written in the agreement, or a dash.
              << tr("Supervisor's role: %1").arg(textOrDash(c.supervisorRole))
              //: %1 is a person's name, or two joined.
              << tr("Supervisee: %1").arg(textOrDash(c.superviseeName))
              //: %1 is the role as written in the agreement, or a dash.
              << tr("Supervisee's role: %1").arg(textOrDash(c.superviseeRole));
    } else if (code == QLatin1String("dates")) {
        //: %1 is a date.
        lines << tr("Start date: %1").arg(dateOrDash(c.startDate))
              //: %1 is a date.
              << tr("Review date: %1").arg(dateOrDash(c.reviewDate));
    } else if (code == QLatin1String("functions")) {
        QStringList labels;
        for (const QString& f : c.functions)
            labels.append(SectionCatalog::functionLabel(f));
        //: %1 lists the functions of supervision agreed, or a dash.
        lines << tr("Functions: %1").arg(labels.isEmpty() ? QStringLiteral("—") : labels.join(QStringLiteral(", ")));
    } else if (code == QLatin1String("practicalities")) {
        lines << (c.frequencyWeeks > 0 ? tr("Frequency: every %n week(s)", nullptr, c.frequencyWeeks)
                                       : tr("Frequency: not agreed yet"))
              //: %n is a number of minutes.
              << (c.lengthMinutes > 0 ? tr("Length: %n minute(s)", nullptr, c.lengthMinutes)
                                      : tr("Length: not agreed yet"))
              //: %1 is a label from elsewhere in the interface, already translated.
              << tr("Format: %1").arg(c.format.isEmpty() ? QStringLiteral("—") : SectionCatalog::formatLabel(c.format));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SectionText::of(const AgreementContent& content, const QString& code)
{
    const QString structured = fields(content, code);
    const QString text = content.text(code).trimmed();
    if (structured.isEmpty())
        return text;
    if (text.isEmpty())
        return structured;
    return structured + QStringLiteral("\n\n") + text;
}

} // namespace myfyrio
