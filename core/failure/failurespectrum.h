#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace myfyrio {

/// Edmondson's nine reasons for failure, in spectrum order from blameworthy
/// (Deviance) to praiseworthy (Exploratory testing). Stored by code.
enum class FailureReason {
    Deviance,
    Inattention,
    LackOfAbility,
    ProcessInadequacy,
    TaskChallenge,
    ProcessComplexity,
    Uncertainty,
    HypothesisTesting,
    ExploratoryTesting,
};

/// The three kinds of failure from "Right Kind of Wrong".
enum class FailureType { Basic, Complex, Intelligent };

/// How familiar the setting of the event was.
enum class FailureSetting { Consistent, Variable, Novel };

/// The one place that knows the failure spectrum: codes, order, the type each
/// reason suggests, and the labels and definitions in Welsh and English.
///
/// The interface asks for text in its own language (label(reason)); reports
/// ask for a language of their own (label(reason, "cy")). Both come from the
/// same table, translated in the context "myfyrio::FailureSpectrum".
class FailureSpectrum
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::FailureSpectrum)

public:
    /// The nine reasons, blameworthy first.
    static const QVector<FailureReason>& reasons();
    static const QVector<FailureType>& types();
    static const QVector<FailureSetting>& settings();

    /// 1 (Deviance) to 9 (Exploratory testing).
    static int position(FailureReason reason);

    static QString code(FailureReason reason);
    static QString code(FailureType type);
    static QString code(FailureSetting setting);
    static std::optional<FailureReason> reasonFromCode(const QString& code);
    static std::optional<FailureType> typeFromCode(const QString& code);
    static std::optional<FailureSetting> settingFromCode(const QString& code);
    /// "deviance, inattention, …" for messages that list what is allowed.
    static QString reasonCodes();

    /// The type a reason suggests; the writer may choose another.
    static FailureType suggestedType(FailureReason reason);

    /// In the interface language.
    static QString label(FailureReason reason);
    static QString definition(FailureReason reason);
    static QString label(FailureType type);
    static QString definition(FailureType type);
    static QString label(FailureSetting setting);
    static QString definition(FailureSetting setting);

    /// In a given language ("cy" or "en"), whatever the interface shows.
    static QString label(FailureReason reason, const QString& language);
    static QString definition(FailureReason reason, const QString& language);
    static QString label(FailureType type, const QString& language);
    static QString definition(FailureType type, const QString& language);
    static QString label(FailureSetting setting, const QString& language);
    static QString definition(FailureSetting setting, const QString& language);

    /// The translation context of the labels and definitions.
    static const char* context() { return "myfyrio::FailureSpectrum"; }
};

} // namespace myfyrio
