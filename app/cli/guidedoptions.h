#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace myfyrio::cli {

class CliContext;

/// The options of `add` for guided writing: --model, --answer, --scale and --action.
class GuidedOptions
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::GuidedOptions)

public:
    GuidedOptions();

    QList<QCommandLineOption> options() const;

    /// Puts the options into the reflection, or returns a sentence saying what is wrong.
    /// A model that is not built in is looked up in the existing journal, which is not
    /// changed; nothing is written when the model or a prompt code is unknown.
    QString read(const QCommandLineParser& parser, CliContext& cli, Reflection& reflection) const;

    /// "TEXT" or "TEXT@YYYY-MM-DD".
    static Expected<Action> parseAction(const QString& argument);

private:
    QCommandLineOption m_model;
    QCommandLineOption m_answer;
    QCommandLineOption m_scale;
    QCommandLineOption m_action;
};

} // namespace myfyrio::cli
