#include "app/cli/failureoptions.h"

#include "core/failure/failureplacementstore.h"

#include <QCommandLineParser>

namespace myfyrio::cli {

FailureOptions::FailureOptions()
    : m_reason(QStringLiteral("failure-reason"),
               //: %1 is a list of the codes that can be used.
               tr("Place the event on the failure spectrum, from deviance (blameworthy) to exploratory_testing "
                  "(praiseworthy): %1.")
                   .arg(FailureSpectrum::reasonCodes()),
               tr("CODE")),
      m_type(QStringLiteral("failure-type"), tr("The type of failure, when it is not the one the reason suggests."),
             QStringLiteral("basic|complex|intelligent")),
      m_setting(QStringLiteral("failure-setting"), tr("How familiar the setting was."),
                QStringLiteral("consistent|variable|novel")),
      m_blame(QStringLiteral("blame-felt"),
              tr("How much blame you felt before placing the event: 0 (none) to 4 (a great deal)."),
              QStringLiteral("0-4")),
      m_systemFactors(QStringLiteral("system-factors"), tr("What in the system made this likely."), tr("TEXT"))
{}

QList<QCommandLineOption> FailureOptions::options() const
{
    return {m_reason, m_type, m_setting, m_blame, m_systemFactors};
}

QString FailureOptions::read(const QCommandLineParser& parser, Reflection& reflection) const
{
    if (!parser.isSet(m_reason)) {
        for (const QCommandLineOption& detail : {m_type, m_setting, m_blame, m_systemFactors})
            if (parser.isSet(detail))
                //: %1 is a name.
                return tr("--%1 needs --failure-reason: say first where on the spectrum the event sits.")
                    .arg(detail.names().constFirst());
        return {};
    }
    FailurePlacement placement;
    const QString reasonText = parser.value(m_reason).trimmed();
    const auto reason = FailureSpectrum::reasonFromCode(reasonText);
    if (!reason)
        //: %1 is what the person typed; %2 is a list of the codes that can be used.
        return tr("“%1” is not a reason on the failure spectrum. Use one of: %2.")
            .arg(reasonText, FailureSpectrum::reasonCodes());
    placement.reason = *reason;
    if (parser.isSet(m_type)) {
        const auto type = FailureSpectrum::typeFromCode(parser.value(m_type).trimmed());
        if (!type)
            //: %1 is what the person typed.
            return tr("“%1” is not a type of failure. Use basic, complex or intelligent.").arg(parser.value(m_type));
        placement.chosenType = *type;
    }
    if (parser.isSet(m_setting)) {
        const auto setting = FailureSpectrum::settingFromCode(parser.value(m_setting).trimmed());
        if (!setting)
            //: %1 is what the person typed.
            return tr("“%1” is not a setting. Use consistent, variable or novel.").arg(parser.value(m_setting));
        placement.setting = *setting;
    }
    if (parser.isSet(m_blame)) {
        bool isNumber = false;
        const int blame = parser.value(m_blame).trimmed().toInt(&isNumber);
        if (!isNumber)
            //: %1 is what the person typed.
            return tr("“%1” is not a number. Say how much blame you felt from 0 (none) to 4 (a great deal).")
                .arg(parser.value(m_blame));
        if (const QString problem = FailurePlacementStore::validateBlame(blame); !problem.isEmpty())
            return problem;
        placement.blameFelt = blame;
    }
    placement.systemFactors = parser.value(m_systemFactors);
    reflection.failure = placement;
    return {};
}

} // namespace myfyrio::cli
