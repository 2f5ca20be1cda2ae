// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignfigures.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QFrame>
#include <QGridLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QPalette>

namespace trato {

namespace {
// Captions in a muted colour made from the palette (works in light and dark themes).
void mute(QLabel *label)
{
    QPalette p = label->palette();
    const QColor text = p.color(QPalette::WindowText);
    const QColor back = p.color(QPalette::Window);
    p.setColor(QPalette::WindowText, QColor((text.red() * 3 + back.red() * 2) / 5, (text.green() * 3 + back.green() * 2) / 5,
                                            (text.blue() * 3 + back.blue() * 2) / 5));
    label->setPalette(p);
}
} // namespace

CampaignFigures::CampaignFigures(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("campaignFigures"));
    setAccessibleName(tr("Campaign figures"));
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("figuresFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setLayout(m_grid);
    m_grid->setContentsMargins(10, 6, 10, 6);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(2);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 4, 0, 4);
    outer->addWidget(frame);

    addFigure(QStringLiteral("budget"), tr("Budget"), 0, 0);
    addFigure(QStringLiteral("actual_cost"), tr("Actual cost"), 0, 1);
    addFigure(QStringLiteral("members"), tr("Members"), 0, 2);
    addFigure(QStringLiteral("expected_response"), tr("Expected response"), 0, 3);
    addFigure(QStringLiteral("response"), tr("Actual response"), 0, 4);
    addFigure(QStringLiteral("leads"), tr("Leads created"), 2, 0);
    addFigure(QStringLiteral("cost_per_response"), tr("Cost per response"), 2, 1);
    addFigure(QStringLiteral("won_revenue"), tr("Won revenue"), 2, 2);
    addFigure(QStringLiteral("roi"), tr("ROI"), 2, 3);
    addFigure(QStringLiteral("remaining"), tr("Budget left"), 2, 4);

    // Several writes in a row (a bulk add, a status change on many members) refresh once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &CampaignFigures::refresh);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (m_id.isEmpty())
            return;
        if (entity == QLatin1String("campaign_member") || entity == QLatin1String("campaign")
            || entity == QLatin1String("lead") || entity == QLatin1String("opportunity"))
            m_refresh.start();
    }, Qt::QueuedConnection);
    setVisible(false);
}

void CampaignFigures::addFigure(const QString &key, const QString &label, int row, int column)
{
    auto *caption = new QLabel(label);
    mute(caption);
    auto *value = new QLabel(QStringLiteral("…"));
    QFont f = value->font();
    f.setBold(true);
    value->setFont(f);
    value->setObjectName(QStringLiteral("figure_") + key);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(caption, row, column);
    m_grid->addWidget(value, row + 1, column);
    m_values.insert(key, value);
}

QString CampaignFigures::figure(const QString &key) const
{
    const QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

void CampaignFigures::setRecordId(const QString &id)
{
    m_id = id;
    setVisible(!id.isEmpty());
    if (!id.isEmpty())
        refresh();
}

void CampaignFigures::refresh()
{
    if (m_id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_pending = true;
    const QString id = m_id;
    runInBackground(m_db, this, [id](Database &db) { return CampaignService(db).stats(id); },
                    [this, generation](Result<CampaignStats> stats) {
                        if (generation != m_generation)
                            return;
                        m_pending = false;
                        if (stats)
                            show(stats.value());
                        Q_EMIT updated();
                    });
}

void CampaignFigures::show(const CampaignStats &s)
{
    const Entity *campaign = m_db.registry()->entity(QStringLiteral("campaign"));
    const Field *money = campaign ? campaign->field(QStringLiteral("budget")) : nullptr;
    const QLocale locale;
    const QString na = tr("n/a");
    auto cents = [&](const std::optional<qint64> &v) {
        if (!v)
            return na;
        return money ? Value::display(*money, QVariant(qlonglong(*v)), locale) : Value::formatCents(*v);
    };
    auto percent = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 1) + QStringLiteral(" %") : na;
    };
    m_values[QStringLiteral("budget")]->setText(cents(s.budgetCents));
    m_values[QStringLiteral("actual_cost")]->setText(cents(s.actualCostCents));
    m_values[QStringLiteral("members")]->setText(Value::formatInteger(s.members, locale));
    m_values[QStringLiteral("expected_response")]->setText(percent(s.expectedResponse));
    m_values[QStringLiteral("response")]->setText(
        s.responseRate ? tr("%1 (%2)").arg(percent(s.responseRate), Value::formatInteger(s.responses, locale)) : na);
    m_values[QStringLiteral("leads")]->setText(
        tr("%1 (%2 converted)").arg(Value::formatInteger(s.leadsCreated, locale), Value::formatInteger(s.convertedLeads, locale)));
    m_values[QStringLiteral("cost_per_response")]->setText(cents(s.costPerResponseCents));
    m_values[QStringLiteral("won_revenue")]->setText(s.opportunitiesAvailable ? cents(s.wonRevenueCents) : na);
    m_values[QStringLiteral("roi")]->setText(percent(s.roiPercent));
    m_values[QStringLiteral("remaining")]->setText(cents(s.budgetRemainingCents));
    if (!s.opportunitiesAvailable)
        m_values[QStringLiteral("won_revenue")]->setToolTip(tr("Available once the sales module records opportunities"));
    const bool over = s.budgetRemainingCents && *s.budgetRemainingCents < 0;
    m_values[QStringLiteral("remaining")]->setStyleSheet(over ? QStringLiteral("color: #b91c1c;") : QString());
}

} // namespace trato
