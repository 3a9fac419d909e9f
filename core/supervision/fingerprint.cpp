#include "core/supervision/fingerprint.h"

#include "core/util/timestamps.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace myfyrio {

QByteArray Fingerprint::canonical(const AgreementContent& content, const QVector<Signature>& signatures)
{
    QVector<Signature> sorted = signatures;
    std::sort(sorted.begin(), sorted.end(), [](const Signature& a, const Signature& b) { return a.party < b.party; });
    QJsonArray signed_;
    for (const Signature& s : sorted) {
        signed_.append(
            QJsonObject{{QStringLiteral("party"), s.party},
                        {QStringLiteral("name"), s.fullName.normalized(QString::NormalizationForm_C).simplified()},
                        {QStringLiteral("date"), timestamps::toStorage(s.date)}});
    }
    // QJsonObject keeps its keys sorted, and compact output has no locale-dependent parts.
    const QJsonObject root{{QStringLiteral("content"), content.toJson()},
                           {QStringLiteral("signatures"), signed_},
                           {QStringLiteral("v"), 1}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString Fingerprint::of(const AgreementContent& content, const QVector<Signature>& signatures)
{
    const QByteArray hex =
        QCryptographicHash::hash(canonical(content, signatures), QCryptographicHash::Sha256).toHex().toUpper();
    const QString text = QString::fromLatin1(hex.left(16));
    return text.mid(0, 4) + QLatin1Char('-') + text.mid(4, 4) + QLatin1Char('-') + text.mid(8, 4) + QLatin1Char('-')
           + text.mid(12, 4);
}

bool Fingerprint::looksValid(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"));
    return shape.match(text).hasMatch();
}

} // namespace myfyrio
