#pragma once

#include "core/supervision/agreementcontent.h"
#include "core/supervision/signature.h"

#include <QByteArray>
#include <QVector>

namespace myfyrio {

/// The short, readable fingerprint of a signed agreement version, such as
/// "7F3A-91C2-04BD-E5A8": the first 64 bits of the SHA-256 of the canonical
/// serialisation (sorted keys, codes, ISO dates, NFC text, compact UTF-8 JSON),
/// so it is the same whatever the interface language, locale or machine.
class Fingerprint
{
public:
    /// The bytes that are hashed: content and signatures (sorted by party).
    static QByteArray canonical(const AgreementContent& content, const QVector<Signature>& signatures);
    static QString of(const AgreementContent& content, const QVector<Signature>& signatures);
    /// The fingerprint of content alone (used to notice edits between exchanges).
    static QString ofContent(const AgreementContent& content) { return of(content, {}); }
    /// True for text shaped like a fingerprint (four groups of four hex digits).
    static bool looksValid(const QString& text);
};

} // namespace myfyrio
