#include "app/cli/cpdoptions.h"

#include "core/cpd/cpdcatalog.h"
#include "core/cpd/cpdrecordstore.h"

#include <QCommandLineParser>

namespace myfyrio::cli {

CpdOptions::CpdOptions()
    : m_type(
        QStringLiteral("cpd-type"),
        //: %1 is a list of activity codes.
        tr("Count the reflection as CPD, of this kind: %1.").arg(CpdCatalog::typeCodes().join(QStringLiteral(", "))),
        tr("TYPE")),
      m_hours(QStringLiteral("cpd-hours"), tr("How long the CPD activity took, in hours and quarter hours (1.5)."),
              tr("HOURS")),
      m_participatory(QStringLiteral("participatory"), tr("The activity was participatory: done with other people.")),
      m_peer(QStringLiteral("peer"), tr("The record was written or discussed with a peer.")),
      m_standard(
          QStringLiteral("standard"),
          //: %1 is a list of standard codes.
          tr("The standard the activity relates to: %1.").arg(CpdCatalog::standardCodes().join(QStringLiteral(", "))),
          tr("CODE"))
{}

QList<QCommandLineOption> CpdOptions::options() const
{
    return {m_type, m_hours, m_participatory, m_peer, m_standard};
}

QString CpdOptions::read(const QCommandLineParser& parser, Reflection& reflection) const
{
    if (!parser.isSet(m_type)) {
        for (const QCommandLineOption& detail : {m_hours, m_participatory, m_peer, m_standard})
            if (parser.isSet(detail))
                //: %1 is the name of a command-line option.
                return tr("--%1 needs --cpd-type: say first what kind of CPD activity it was.")
                    .arg(detail.names().constFirst());
        return {};
    }
    CpdRecord record;
    record.type = parser.value(m_type).trimmed();
    if (parser.isSet(m_hours)) {
        record.quarterHours = CpdCatalog::quarterHoursFromText(parser.value(m_hours));
        if (record.quarterHours < 0)
            //: %1 is what the person typed.
            return tr("“%1” is not a number of hours Myfyrio can count. Give hours and quarter hours from 0 to "
                      "1000, for example 1.5 or 0.75.")
                .arg(parser.value(m_hours));
    }
    record.participatory = parser.isSet(m_participatory);
    record.peer = parser.isSet(m_peer);
    record.standard = parser.value(m_standard).trimmed();
    if (const QString problem = CpdRecordStore::validate(record); !problem.isEmpty())
        return problem;
    reflection.cpd = record;
    return {};
}

} // namespace myfyrio::cli
