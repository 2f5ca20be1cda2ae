// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "marketing/campaignservice.h"

#include <QHash>
#include <QTimer>

class QGridLayout;
class QLabel;

namespace trato {

// The figures of the open campaign above its tabs: budget, actual cost, expected and actual
// response, leads created, cost per response, won revenue and ROI. Computed by CampaignService on
// a worker and refreshed whenever members, leads or the campaign change (Database::recordsChanged).
class CampaignFigures : public RecordViewPart
{
    Q_OBJECT
public:
    explicit CampaignFigures(Database &db, QWidget *parent = nullptr);

    void setRecordId(const QString &id) override;
    // The shown text of one figure ("members", "responses", "roi", ...), for tests.
    QString figure(const QString &key) const;
    bool isUpToDate() const { return !m_pending && !m_refresh.isActive(); }

Q_SIGNALS:
    void updated();

private:
    void refresh();
    void show(const CampaignStats &stats);
    void addFigure(const QString &key, const QString &label, int row, int column);

    Database &m_db;
    QString m_id;
    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_values;
    QTimer m_refresh;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace trato
