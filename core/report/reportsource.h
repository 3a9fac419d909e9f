#pragma once

#include "core/journal/reflection.h"
#include "core/models/reflectivemodel.h"
#include "core/report/reflectionsection.h"
#include "core/report/reportoptions.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

#include <optional>

namespace myfyrio {

class Database;

/// What the reports read from the journal, with the privacy rule applied in
/// one place: a reflection not marked "bring to supervision" is left out of
/// anything meant to be shared unless the writer asked for a copy of their own.
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReportSource)

public:
    ReportSource(const Database& database, const ReportOptions& options);

    const Database& database() const { return m_database; }
    const ReportOptions& options() const { return m_options; }

    /// The reflections a selection holds, oldest first, full (answers, actions,
    /// failure placement), private ones only when asked for.
    Expected<QVector<Reflection>> reflections(const ReflectionFilter& filter, const QString& model = {}) const;

    /// One reflection by id (or the unique start of one); a private one only when asked for.
    Expected<Reflection> reflection(const QString& id) const;

    /// The attachments of a reflection as a report shows them; each photo's
    /// image (made small enough for a page) is put into images under its key.
    Expected<QVector<Evidence>> evidence(const QString& reflectionId, QHash<QString, QImage>& images) const;

    /// A reflective model by code (built-in or the writer's own), if there is one.
    std::optional<ReflectiveModel> model(const QString& code) const;

    /// The name on the title page: the one given, the one saved in the
    /// settings ("report/ownerName"), or the owner's name in a supervision agreement.
    QString ownerName() const;

    /// The settings key of the name reports print.
    static QString ownerNameKey() { return QStringLiteral("report/ownerName"); }

private:
    Expected<void> complete(Reflection& reflection) const;

    const Database& m_database;
    ReportOptions m_options;
    mutable QHash<QString, std::optional<ReflectiveModel>> m_models;
};

} // namespace myfyrio
