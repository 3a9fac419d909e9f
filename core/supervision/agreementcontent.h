#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// What one version of a supervision agreement says: structured fields where
/// the content is structured, and Markdown text for each of the thirteen
/// sections (keyed by SectionCatalog code).
///
/// toJson() is canonical: codes, ISO dates, NFC text with "\n" line ends and
/// every section present, so the same content always gives the same bytes
/// whatever the interface language, locale or machine.
struct AgreementContent {
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AgreementContent)

public:
    QString supervisorName;
    QString supervisorRole;
    QString superviseeName;
    QString superviseeRole;
    QDate startDate;
    QDate reviewDate;
    int frequencyWeeks = 0;       ///< 0 when not agreed yet
    int lengthMinutes = 0;        ///< 0 when not agreed yet
    QString format;               ///< SectionCatalog::formatCodes() or empty
    QStringList functions;        ///< SectionCatalog::functionCodes(), in catalog order
    QMap<QString, QString> texts; ///< section code -> Markdown

    QString text(const QString& section) const { return texts.value(section); }
    QString partyName(const QString& party) const;

    /// The same content in canonical form (trimmed names, NFC, sorted codes, no empty texts).
    AgreementContent normalized() const;

    QJsonObject toJson() const;
    /// Reads toJson()'s shape; anything malformed gives a sentence saying what.
    static Expected<AgreementContent> fromJson(const QJsonObject& object);

    /// A sentence saying what is wrong, or empty when the content can be stored.
    QString validate() const;

    bool operator==(const AgreementContent& other) const;
    bool operator!=(const AgreementContent& other) const { return !(*this == other); }
};

} // namespace myfyrio
