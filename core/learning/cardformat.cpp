#include "core/learning/cardformat.h"

#include "core/journal/reflection.h"
#include "core/journal/systemscale.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace myfyrio {

namespace {

const QString keyFormat = QStringLiteral("format");
const QString keyVersion = QStringLiteral("formatVersion");
const QString keyId = QStringLiteral("id");
const QString keyWithdrawn = QStringLiteral("withdrawn");
const QString keyTitle = QStringLiteral("title");
const QString keyLesson = QStringLiteral("lesson");
const QString keyEnabling = QStringLiteral("enabling");
const QString keyScale = QStringLiteral("scale");
const QString keyTags = QStringLiteral("tags");
const QString keyMonth = QStringLiteral("month");
const QString keyLanguage = QStringLiteral("language");
const QString keyAuthor = QStringLiteral("author");
const QString keyFailure = QStringLiteral("failure");
const QString keyReason = QStringLiteral("reason");
const QString keyType = QStringLiteral("type");
const QString keySetting = QStringLiteral("setting");

Failure notACard()
{
    return Failure{CardFormat::tr("The file is not a learning card that this version of Myfyrio can read.")};
}

/// The text of a member that must be a string of at most `most` characters.
bool textMember(const QJsonObject& object, const QString& key, int most, QString& text)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return false;
    text = value.toString();
    return text.size() <= most;
}

Expected<CardFailure> failureFrom(const QJsonObject& object)
{
    if (object.size() > 3)
        return notACard();
    const auto reason = FailureSpectrum::reasonFromCode(object.value(keyReason).toString());
    const auto type = FailureSpectrum::typeFromCode(object.value(keyType).toString());
    if (!reason || !type)
        return notACard();
    CardFailure failure{*reason, *type, std::nullopt};
    const QJsonValue setting = object.value(keySetting);
    if (setting.isString() && !setting.toString().isEmpty()) {
        failure.setting = FailureSpectrum::settingFromCode(setting.toString());
        if (!failure.setting)
            return notACard();
    } else if (!setting.isUndefined() && !setting.isNull() && setting != QJsonValue(QString())) {
        return notACard();
    }
    return failure;
}

} // namespace

QString CardFormat::fileName(const QString& cardId)
{
    return cardId + QLatin1Char('.') + suffix();
}

bool CardFormat::isCardId(const QString& text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

QString CardFormat::monthText(const QDate& month)
{
    return month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate CardFormat::monthFromText(const QString& text)
{
    if (text.size() != 7 || text.at(4) != QLatin1Char('-'))
        return {};
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > '9')
            return {};
    }
    const int year = QStringView(text).left(4).toInt();
    const int month = QStringView(text).mid(5, 2).toInt();
    if (year < 1900 || month < 1 || month > 12)
        return {};
    return QDate(year, month, 1);
}

QString CardFormat::validate(const LearningCard& card)
{
    if (!isCardId(card.id))
        return tr("The card has no valid id.");
    if (card.title.trimmed().isEmpty())
        return tr("Give the card a short title.");
    if (card.title.size() > maximumTitle)
        //: %1 is a number of characters.
        return tr("The card's title is too long: keep it to %1 characters.").arg(maximumTitle);
    if (card.lesson.trimmed().isEmpty())
        return tr("Write the lesson: what you learned, in your own words for the card.");
    if (card.lesson.size() > maximumLesson)
        //: %1 is a number of characters.
        return tr("The lesson is too long for a card: keep it to %1 characters.").arg(maximumLesson);
    if (card.enabling.size() > maximumEnabling)
        //: %1 is a number of characters.
        return tr("The enabling question is too long: keep it to %1 characters.").arg(maximumEnabling);
    if (card.author.size() > maximumAuthor)
        //: %1 is a number of characters.
        return tr("The author label is too long: keep it to %1 characters.").arg(maximumAuthor);
    if (card.tags.size() > maximumTags)
        //: %1 is a number of tags.
        return tr("A card can carry at most %1 tags.").arg(maximumTags);
    for (const QString& tag : card.tags) {
        if (tag.trimmed().isEmpty() || tag.size() > maximumTag)
            //: %1 is a number of characters.
            return tr("Each tag must have from 1 to %1 characters.").arg(maximumTag);
    }
    if (!card.scale.isEmpty() && !SystemScale::isCode(card.scale))
        return tr("The card's system scale is not one Myfyrio knows.");
    if (card.language != languageCodeWelsh() && card.language != languageCodeEnglish())
        return tr("Say whether the card is written in Welsh or English.");
    if (!card.month.isValid() || card.month.day() != 1 || card.month.year() < 1900 || card.month.year() > 9999)
        return tr("The card needs the month of its reflection.");
    return {};
}

QByteArray CardFormat::serialize(const LearningCard& card)
{
    QJsonObject object{
        {keyFormat, formatName()},
        {keyVersion, formatVersion},
        {keyId, card.id},
        {keyTitle, card.title},
        {keyLesson, card.lesson},
        {keyEnabling, card.enabling},
        {keyScale, card.scale},
        {keyTags, QJsonArray::fromStringList(card.tags)},
        {keyMonth, monthText(card.month)},
        {keyLanguage, card.language},
        {keyAuthor, card.author},
        {keyFailure, QJsonValue(QJsonValue::Null)},
    };
    if (card.failure) {
        object.insert(keyFailure,
                      QJsonObject{{keyReason, FailureSpectrum::code(card.failure->reason)},
                                  {keyType, FailureSpectrum::code(card.failure->type)},
                                  {keySetting,
                                   card.failure->setting ? FailureSpectrum::code(*card.failure->setting) : QString()}});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray CardFormat::serializeWithdrawal(const QString& cardId)
{
    return QJsonDocument(
               QJsonObject{
                   {keyFormat, formatName()}, {keyVersion, formatVersion}, {keyId, cardId}, {keyWithdrawn, true}})
        .toJson(QJsonDocument::Indented);
}

Expected<CardFile> CardFormat::parse(const QByteArray& bytes)
{
    if (bytes.size() > maximumFileBytes)
        return notACard();
    // Qt's parser refuses invalid UTF-8 and nesting deeper than it allows; a
    // card's shape is two levels deep, which is checked member by member below.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return notACard();
    const QJsonObject object = document.object();
    if (object.value(keyFormat) != QJsonValue(formatName()))
        return notACard();
    const QJsonValue version = object.value(keyVersion);
    if (!version.isDouble() || version.toDouble() != formatVersion)
        return notACard();
    CardFile file;
    const QJsonValue id = object.value(keyId);
    if (!id.isString() || !isCardId(id.toString()))
        return notACard();
    file.card.id = id.toString();
    if (object.contains(keyWithdrawn)) {
        if (object.value(keyWithdrawn) != QJsonValue(true) || object.size() != 4)
            return notACard();
        file.withdrawn = true;
        return file;
    }
    LearningCard& card = file.card;
    QString month;
    if (!textMember(object, keyTitle, maximumTitle, card.title)
        || !textMember(object, keyLesson, maximumLesson, card.lesson)
        || !textMember(object, keyEnabling, maximumEnabling, card.enabling)
        || !textMember(object, keyScale, 20, card.scale) || !textMember(object, keyMonth, 7, month)
        || !textMember(object, keyLanguage, 2, card.language)
        || !textMember(object, keyAuthor, maximumAuthor, card.author))
        return notACard();
    card.month = monthFromText(month);
    const QJsonValue tags = object.value(keyTags);
    if (!tags.isArray())
        return notACard();
    const QJsonArray tagArray = tags.toArray();
    if (tagArray.size() > maximumTags)
        return notACard();
    for (const QJsonValue& tag : tagArray) {
        if (!tag.isString())
            return notACard();
        card.tags.append(tag.toString());
    }
    const QJsonValue failure = object.value(keyFailure);
    if (failure.isObject()) {
        auto placed = failureFrom(failure.toObject());
        if (!placed)
            return placed.failure();
        card.failure = *placed;
    } else if (!failure.isNull() && !failure.isUndefined()) {
        return notACard();
    }
    if (!validate(card).isEmpty())
        return notACard();
    return file;
}

} // namespace myfyrio
