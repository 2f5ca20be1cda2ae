// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trato::ValueCodec {

namespace {
constexpr qint64 kExact = qint64(1) << 53;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long: {
        const qint64 i = v.toLongLong();
        if (i > -kExact && i < kExact)
            return QJsonValue(i);
        return QJsonObject{{QStringLiteral("i"), QString::number(i)}};
    }
    case QMetaType::Bool:
        return QJsonValue(v.toBool() ? 1 : 0);
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("b64"), QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qint64(j.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const double d = j.toDouble();
        if (d == double(qint64(d)) && d > -double(kExact) && d < double(kExact))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    case QJsonValue::String:
        return QVariant(j.toString());
    case QJsonValue::Object: {
        const QJsonObject o = j.toObject();
        if (o.contains(QStringLiteral("i")))
            return QVariant(o.value(QStringLiteral("i")).toString().toLongLong());
        if (o.contains(QStringLiteral("b64")))
            return QVariant(QByteArray::fromBase64(o.value(QStringLiteral("b64")).toString().toLatin1()));
        return QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    case QJsonValue::Array:
        return QVariant(QString::fromUtf8(QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QString toText(const QVariant &value)
{
    // Wrapped in an array so scalars serialise with QJsonDocument, then unwrapped.
    const QByteArray json = QJsonDocument(QJsonArray{toJson(value)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QVariant fromText(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]"));
    if (!doc.isArray() || doc.array().isEmpty())
        return {};
    return fromJson(doc.array().at(0));
}

QString display(const QString &json)
{
    const QVariant v = fromText(json);
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("<%1 bytes>").arg(v.toByteArray().size());
    return v.toString();
}

} // namespace trato::ValueCodec
