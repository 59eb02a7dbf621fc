import { useId } from 'react';
import type { CoverageAnalysis } from '../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { OPPORTUNITY_STATUSES, type Opportunity, type OpportunityStatus } from '../../../shared/model/opportunity';
import { dotsByOpportunity, revealedVotes } from '../../../shared/analysis/voteResults';
import { STATUS_WORDS } from '../../../shared/words/statusWords';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { analysisOf } from '../../store/analysisOf';
import { formatDueDate } from './dueDate';
import { OpportunityEditor } from './OpportunityEditor';
import { targetWords } from './opportunityTarget';
import { DotButton, DotCount } from '../votes/DotButton';
import { OrderChoice } from '../votes/OrderChoice';
import { byDots, useVoteOrder, type OpportunityOrder } from '../votes/voteOrder';
import './opportunities.css';

const NO_OPPORTUNITIES: readonly Opportunity[] = [];

const ORDERS: readonly { readonly value: OpportunityOrder; readonly label: string }[] = [
  { value: 'status', label: 'Status' },
  { value: 'votes', label: 'Votes' },
];

/**
 * The map's opportunities, grouped under their status (idea, planned, in progress, done), each with
 * what it acts on, its owner and due date; the open one's fields in place of the list. Once a vote
 * is revealed each shows its dots, and the list may be one list, most dots first, each saying its status.
 */
export function OpportunitiesPanel() {
  const map = useDocumentStore((state) => state.map);
  const openId = useSessionStore((state) => state.openOpportunityId);
  const headingId = useId();
  const opportunities = map.opportunities ?? NO_OPPORTUNITIES;
  const open = opportunities.find((opportunity) => opportunity.id === openId);
  const analysis = analysisOf(map);

  const voted = revealedVotes(map).length > 0;
  const chosen = useVoteOrder((state) => state.opportunities);
  const order = voted ? chosen : 'status';
  const dots = dotsByOpportunity(map);
  const dotsOf = (opportunity: Opportunity): number => dots.get(opportunity.id) ?? 0;

  const byStatus = new Map<OpportunityStatus, Opportunity[]>();
  for (const opportunity of opportunities) byStatus.set(opportunity.status, [...(byStatus.get(opportunity.status) ?? []), opportunity]);
  const item = (opportunity: Opportunity, withStatus: boolean) => (
    <OpportunityItem key={opportunity.id} map={map} analysis={analysis} opportunity={opportunity} dots={dotsOf(opportunity)} withStatus={withStatus} />
  );

  return (
    <section className="panel opportunities-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Opportunities
      </h2>
      {open ? (
        <OpportunityEditor key={open.id} map={map} opportunity={open} />
      ) : opportunities.length === 0 ? (
        <p className="panel__hint">No opportunities yet. Start one from a gap in the Gaps tab, or from a step's details: what could the organisation do there?</p>
      ) : (
        <>
          {voted && <OrderChoice options={ORDERS} value={order} onChange={(next) => useVoteOrder.setState({ opportunities: next })} />}
          {order === 'votes' ? (
            <div className="opportunity-group" role="group" aria-labelledby={`${headingId}-votes`}>
              <h3 id={`${headingId}-votes`} className="opportunity-group__heading">
                Most dots first
              </h3>
              <ul className="opportunity-list">{byDots(opportunities, dotsOf).map((opportunity) => item(opportunity, true))}</ul>
            </div>
          ) : (
            OPPORTUNITY_STATUSES.filter((status) => byStatus.has(status)).map((status) => (
              <div key={status} className="opportunity-group" role="group" aria-labelledby={`${headingId}-${status}`}>
                <h3 id={`${headingId}-${status}`} className="opportunity-group__heading">
                  {STATUS_WORDS[status]} <span className="opportunity-group__count">{byStatus.get(status)!.length}</span>
                </h3>
                <ul className="opportunity-list">{byStatus.get(status)!.map((opportunity) => item(opportunity, false))}</ul>
              </div>
            ))
          )}
        </>
      )}
    </section>
  );
}

interface OpportunityItemProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly opportunity: Opportunity;
  /** The dots it received in the votes revealed. */
  readonly dots: number;
  /** Whether the row says its status (in the list by votes, where no status heading does). */
  readonly withStatus: boolean;
}

/** One opportunity: the button that opens it, and its Dot button while the room votes. */
function OpportunityItem({ map, analysis, opportunity, dots, withStatus }: OpportunityItemProps) {
  return (
    <li className="opportunity-item">
      <button type="button" className="panel-row opportunity-row" onClick={() => useSessionStore.getState().openOpportunity(opportunity.id)}>
        <span className="opportunity-row__title">{opportunity.title || 'Untitled opportunity'}</span>
        <span className={`opportunity-row__target${opportunity.target ? '' : ' opportunity-row__target--removed'}`}>{targetWords(map, analysis, opportunity.target)}</span>
        {(withStatus || opportunity.owner || opportunity.due) && (
          <span className="opportunity-row__meta">
            {withStatus && <span>{STATUS_WORDS[opportunity.status]}</span>}
            {opportunity.owner && <span>{opportunity.owner}</span>}
            {opportunity.due && <span>Due {formatDueDate(opportunity.due)}</span>}
          </span>
        )}
        <DotCount count={dots} />
      </button>
      <DotButton target={{ kind: 'opportunity', opportunityId: opportunity.id }} name={`the opportunity “${opportunity.title || 'Untitled opportunity'}”`} />
    </li>
  );
}
