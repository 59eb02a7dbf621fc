import type { VoteResult } from '../../../shared/report/sections/votesSection';
import { SectionHeader } from './SectionHeader';

/** What the room voted for: each revealed round's question, and its targets ranked by dots. */
export function VotesSection({ votes }: { readonly votes: readonly VoteResult[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Votes" title="What the room voted for" />
      {votes.map((vote) => (
        <section key={vote.voteId} className="vote-result" aria-label={vote.question}>
          <h3 className="vote-result__question">{vote.question}</h3>
          <p className="vote-result__figures">{vote.figures}</p>
          {vote.rows.length === 0 ? (
            <p className="empty-note">No dots were placed.</p>
          ) : (
            <table className="report-table">
              <thead>
                <tr>
                  <th className="cell-number">Rank</th>
                  <th style={{ width: '12%' }}>Kind</th>
                  <th>Voted for</th>
                  <th className="cell-number">Dots</th>
                </tr>
              </thead>
              <tbody>
                {vote.rows.map((row, index) => (
                  <tr key={index}>
                    <td className="cell-number">{row.rank}</td>
                    <td>{row.kind}</td>
                    <td>
                      {row.what}
                      {row.where && (
                        <>
                          <br />
                          <span className="cell-muted">{row.where}</span>
                        </>
                      )}
                    </td>
                    <td className="cell-number">
                      <strong>{row.dots}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
