// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QVariant>

namespace trato::ValueCodec {

// How a SQLite cell travels to the team server and back: JSON null, number (integers stay exact
// up to 2^53; larger ones travel as {"i":"<digits>"}), string, or {"b64":"..."} for blobs.
// Money and quantities are integers in Trato, so nothing is rounded on the way.
QJsonValue toJson(const QVariant &value);
QVariant fromJson(const QJsonValue &value);
// The same, as compact JSON text (what sync_conflict stores).
QString toText(const QVariant &value);
QVariant fromText(const QString &json);
// A value for people (conflicts view, CLI): null -> "", text as is.
QString display(const QString &json);

} // namespace trato::ValueCodec
