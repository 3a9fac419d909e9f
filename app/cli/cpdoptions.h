#pragma once

#include "core/journal/reflection.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace myfyrio::cli {

/// The options of `add` that make the reflection count as CPD:
/// --cpd-type, --cpd-hours, --participatory, --peer, --standard.
class CpdOptions
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::CpdOptions)

public:
    CpdOptions();

    QList<QCommandLineOption> options() const;

    /// Puts the CPD record into the reflection, or returns a sentence saying
    /// what is wrong (an unknown code, hours that are not quarter hours, or
    /// details without --cpd-type).
    QString read(const QCommandLineParser& parser, Reflection& reflection) const;

private:
    QCommandLineOption m_type;
    QCommandLineOption m_hours;
    QCommandLineOption m_participatory;
    QCommandLineOption m_peer;
    QCommandLineOption m_standard;
};

} // namespace myfyrio::cli
