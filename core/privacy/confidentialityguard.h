#pragma once

#include "core/privacy/finding.h"
#include "core/privacy/protectednames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace myfyrio {

/// What the writer chose to do with each finding before sharing a text.
struct Redaction {
    /// "en", "cy" or "both": the language of the placeholders ("[name]", "[enw]").
    QString language = QStringLiteral("en");
    /// Found text → what to put instead; anything not listed gets its placeholder.
    QHash<QString, QString> replacements;
    /// Found text the writer chose to leave in (a false alarm, or their own choice).
    QSet<QString> kept;
};

/// Looks through text that is about to leave the machine for what could
/// identify the people a practitioner works with: NHS numbers (ten digits with
/// a valid modulus 11 check digit), UK postcodes, dates of birth (a date after
/// "DOB", "born", "date of birth", "dyddiad geni", "ganwyd"…), UK phone numbers,
/// email addresses, and the names the writer listed as people to protect
/// (also in their Welsh mutated forms: Mair → Fair, Dafydd → Ddafydd, and
/// with or without accents: Sian → Siân).
///
/// It knows nothing of reports: any feature that shares text (reports,
/// regulator forms, learning cards) scans and redacts through it. It is a
/// safety net for the writer to review, not a guarantee: it cannot know every
/// name, and it will now and then flag something harmless.
class ConfidentialityGuard
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ConfidentialityGuard)

public:
    /// Every identifier in the text, in the order they appear; overlapping
    /// matches are resolved to the one that starts first (then the longest).
    static Findings scan(const QString& text, const ProtectedNames& names);

    /// The text with each finding (from scan() of this same text) replaced as
    /// the redaction says.
    static QString redact(const QString& text, const Findings& findings, const Redaction& redaction);
    /// Scans and replaces every finding with its placeholder in one go.
    static QString redact(const QString& text, const ProtectedNames& names, const QString& language);

    /// "[name]", "[postcode]"… in "en", "cy", or "both" ("[enw / name]").
    static QString placeholder(IdentifierKind kind, const QString& language);
    /// "Name of someone you protect", "NHS number"… in the interface language.
    static QString kindLabel(IdentifierKind kind);
    /// A stable code for each kind, for JSON and the command line: "nhs-number", "postcode", …
    static QString kindCode(IdentifierKind kind);

    /// True for ten digits (spaces and hyphens allowed) whose last digit is
    /// the NHS modulus 11 check digit of the first nine.
    static bool isValidNhsNumber(const QString& number);
};

} // namespace myfyrio
