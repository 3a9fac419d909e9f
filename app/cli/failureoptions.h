#pragma once

#include "core/journal/reflection.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace myfyrio::cli {

/// The options of `add` that place the event on the failure spectrum:
/// --failure-reason, --failure-type, --failure-setting, --blame-felt, --system-factors.
class FailureOptions
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::FailureOptions)

public:
    FailureOptions();

    QList<QCommandLineOption> options() const;

    /// Puts the placement into the reflection, or returns a sentence saying what is
    /// wrong (an unknown code, blame outside 0–4, or details without a reason).
    QString read(const QCommandLineParser& parser, Reflection& reflection) const;

private:
    QCommandLineOption m_reason;
    QCommandLineOption m_type;
    QCommandLineOption m_setting;
    QCommandLineOption m_blame;
    QCommandLineOption m_systemFactors;
};

} // namespace myfyrio::cli
