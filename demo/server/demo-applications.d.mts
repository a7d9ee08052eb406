import type { Application } from '../../src/api/types.js';

export declare const DEMO_APPLICATION_SERVICE: string;
export declare function demoApplications(
  today: string,
): Omit<Application, 'serviceName' | 'agencyId' | 'agencyName' | 'overdue' | 'complaints'>[];
